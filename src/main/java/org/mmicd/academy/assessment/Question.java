package org.mmicd.academy.assessment;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mmicd.academy.catalog.content.QuizDefinition;

/**
 * A question as an attempt froze it, which knows how to grade an answer. Scores run from 0 to 1;
 * partial credit where the quiz file asks for it.
 */
public record Question(
    String key,
    String type,
    String text,
    String feedback,
    String scoring,
    List<Option> options,
    Boolean answer,
    List<Pair> pairs,
    List<String> accept) {

  public record Option(String text, boolean correct, String feedback) {}

  public record Pair(String left, String right) {}

  public static Question from(QuizDefinition.Question definition) {
    return new Question(
        definition.id(),
        definition.type(),
        definition.text(),
        definition.feedback(),
        definition.scoring(),
        definition.options().stream()
            .map(o -> new Option(o.text(), o.correct(), o.feedback()))
            .toList(),
        definition.answer(),
        definition.pairs().stream().map(p -> new Pair(p.left(), p.right())).toList(),
        definition.accept());
  }

  public QuestionType questionType() {
    return QuestionType.fromKey(type).orElseThrow();
  }

  /** The number of items a learner places: options to shuffle or right-hand sides to match. */
  public int shuffledItems() {
    return switch (questionType()) {
      case SINGLE, MULTIPLE -> options.size();
      case MATCHING -> pairs.size();
      default -> 0;
    };
  }

  public double score(Answer given) {
    if (given == null || given.isEmpty()) {
      return 0;
    }
    return switch (questionType()) {
      case SINGLE -> scoreSingle(given);
      case MULTIPLE -> scoreMultiple(given);
      case TRUE_FALSE -> answer.equals(given.value()) ? 1 : 0;
      case MATCHING -> scoreMatching(given);
      case SHORT_ANSWER -> scoreShortAnswer(given);
    };
  }

  private double scoreSingle(Answer given) {
    if (given.choices() == null || given.choices().size() != 1) {
      return 0;
    }
    int chosen = given.choices().get(0);
    return chosen >= 0 && chosen < options.size() && options.get(chosen).correct() ? 1 : 0;
  }

  /**
   * Partial: each right tick earns its share of the right options, each wrong tick loses its share
   * of the wrong ones, never below zero, so ticking everything earns nothing.
   */
  private double scoreMultiple(Answer given) {
    Set<Integer> ticked = new HashSet<>(given.choices() == null ? List.of() : given.choices());
    long right = options.stream().filter(Option::correct).count();
    long wrong = options.size() - right;
    long rightTicked = ticked.stream().filter(i -> valid(i) && options.get(i).correct()).count();
    long wrongTicked = ticked.stream().filter(i -> valid(i) && !options.get(i).correct()).count();
    if ("all-or-nothing".equals(scoring)) {
      return rightTicked == right && wrongTicked == 0 ? 1 : 0;
    }
    double score = (double) rightTicked / right - (wrong == 0 ? 0 : (double) wrongTicked / wrong);
    return Math.max(0, score);
  }

  private double scoreMatching(Answer given) {
    Map<String, Integer> matches = given.matches() == null ? Map.of() : given.matches();
    long right = 0;
    for (int left = 0; left < pairs.size(); left++) {
      Integer chosen = matches.get(Integer.toString(left));
      if (chosen != null && chosen == left) {
        right++;
      }
    }
    return (double) right / pairs.size();
  }

  private double scoreShortAnswer(Answer given) {
    String typed = normalise(given.text());
    return accept.stream().map(Question::normalise).anyMatch(typed::equals) ? 1 : 0;
  }

  private boolean valid(int index) {
    return index >= 0 && index < options.size();
  }

  /** Case, accents, spacing and closing punctuation do not make an answer wrong. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return decomposed
        .toLowerCase(Locale.ROOT)
        .strip()
        .replaceAll("[\\p{Punct}&&[^-]]+$", "")
        .replaceAll("[\\s\\-]+", " ")
        .strip();
  }
}
