package org.mmicd.academy.catalog;

import java.util.Arrays;
import java.util.Optional;

public enum LessonType {
  READING("reading"),
  TRAINING_CARD("training-card"),
  VIDEO("video"),
  DOWNLOAD("download");

  private final String key;

  LessonType(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Video and download lessons point elsewhere; their text is optional. */
  public boolean needsUrl() {
    return this == VIDEO || this == DOWNLOAD;
  }

  public static Optional<LessonType> fromKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
