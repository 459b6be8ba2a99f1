package org.mmicd.academy.catalog.content;

/** One thing wrong in the content files, where an author can find and fix it. */
public record ContentProblem(String file, int line, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + message;
  }
}
