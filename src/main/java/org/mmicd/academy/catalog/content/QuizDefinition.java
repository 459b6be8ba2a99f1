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

  /**
   * One question. Beyond the basic fields: {@code format} says how its texts are written (plain,
   * markdown or html); true/false questions may carry the feedback for each answer given; matching
   * questions may add distractors (extra right-hand sides that match nothing); short-answer
   * questions may list graded {@code answers} instead of {@code accept}.
   */
  public record Question(
      String id,
      String type,
      String text,
      String feedback,
      String scoring,
      List<Option> options,
      Boolean answer,
      List<Pair> pairs,
      List<String> accept,
      String format,
      String trueFeedback,
      String falseFeedback,
      List<String> distractors,
      List<Graded> answers) {}

  /** A choice; {@code weight} (per cent, -100..100) is the credit it earns, when weighted. */
  public record Option(String text, boolean correct, String feedback, Double weight) {}

  public record Pair(String left, String right) {}

  /** An accepted short answer with the credit it earns (per cent) and its feedback. */
  public record Graded(String text, double weight, String feedback) {}
}
