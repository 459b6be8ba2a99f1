package org.mmicd.academy.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What kind of page a lesson is. */
public enum LessonType {
  READING("reading"),
  TRAINING_CARD("training-card"),
  /** A short case to work on, then a model answer to compare with (see {@link ModelAnswer}). */
  PRACTICE("practice"),
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

  /** The keys authors may write, for problem messages. */
  public static String keys() {
    List<String> keys = Arrays.stream(values()).map(LessonType::key).toList();
    return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
  }

  public static Optional<LessonType> fromKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
