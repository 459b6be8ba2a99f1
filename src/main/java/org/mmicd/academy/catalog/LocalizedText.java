package org.mmicd.academy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A title and a body (summary or lesson Markdown) in one language. */
@Embeddable
public class LocalizedText {

  @Column(name = "title")
  private String title;

  @Column(name = "body")
  private String body;

  protected LocalizedText() {}

  public LocalizedText(String title, String body) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A title is required");
    }
    this.title = title;
    this.body = body;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }
}
