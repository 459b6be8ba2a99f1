package org.mmicd.academy.catalog.content;

import java.util.List;

/** A module's quiz file, read and validated; the assessment feature turns it into attempts. */
public record QuizDefinition(
    String title,
    int passMark,
    int attempts,
    Integer timeLimitSeconds,
    int draw,
    boolean shuffleOptions,
    String review,
    List<Question> questions) {

  public record Question(
      String id,
      String type,
      String text,
      String feedback,
      String scoring,
      List<Option> options,
      Boolean answer,
      List<Pair> pairs,
      List<String> accept) {}

  public record Option(String text, boolean correct, String feedback) {}

  public record Pair(String left, String right) {}
}
