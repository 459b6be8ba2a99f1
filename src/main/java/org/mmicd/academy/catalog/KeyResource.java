package org.mmicd.academy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * A publication a learner may need in the original, such as a toolkit or the Guidelines, named with
 * its publisher. The link is optional: we only link to addresses we know exist.
 */
@Embeddable
public class KeyResource {

  @Column(name = "title")
  private String title;

  @Column(name = "publisher")
  private String publisher;

  @Column(name = "url")
  private String url;

  protected KeyResource() {}

  public KeyResource(String title, String publisher, String url) {
    if (title == null || title.isBlank() || publisher == null || publisher.isBlank()) {
      throw new IllegalArgumentException("A key resource needs a title and a publisher");
    }
    if (url != null && !url.startsWith("https://")) {
      throw new IllegalArgumentException("A key resource link must use https: " + url);
    }
    this.title = title;
    this.publisher = publisher;
    this.url = url;
  }

  public String title() {
    return title;
  }

  public String publisher() {
    return publisher;
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }
}
