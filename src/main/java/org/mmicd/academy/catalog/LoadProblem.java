package org.mmicd.academy.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A problem of the last content load, kept so that every instance's admin page shows it. */
@Entity
@Table(name = "content_problem")
public class LoadProblem {

  @Id
  @SequenceGenerator(
      name = "content_problem_seq",
      sequenceName = "content_problem_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_problem_seq")
  private Long id;

  private String file;

  private int line;

  private String message;

  @Column(name = "loaded_at")
  private Instant loadedAt;

  protected LoadProblem() {}

  LoadProblem(String file, int line, String message, Instant loadedAt) {
    this.file = file;
    this.line = line;
    this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
    this.loadedAt = loadedAt;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String message() {
    return message;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
