package org.mmicd.academy.assessment;

import jakarta.json.bind.annotation.JsonbCreator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.mmicd.academy.catalog.content.QuizDefinition;

/**
 * A question as an attempt froze it, which knows how to grade an answer. Scores run from 0 to 1 (a
 * weighted single choice may go below 0, as in Moodle, to deduct for a wrong guess); partial credit
 * where the quiz file asks for it. Questions stored before formats, weights, distractors and graded
 * answers existed read back with those empty.
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
    List<String> accept,
    String format,
    String trueFeedback,
    String falseFeedback,
    List<String> distractors,
    List<Graded> answers) {

  @JsonbCreator
  public Question {
    options = options == null ? List.of() : options;
    pairs = pairs == null ? List.of() : pairs;
    accept = accept == null ? List.of() : accept;
    format = format == null ? "plain" : format;
    distractors = distractors == null ? List.of() : distractors;
    answers = answers == null ? List.of() : answers;
  }

  /** A question without the additions, as most quiz files write it. */
  public Question(
      String key,
      String type,
      String text,
      String feedback,
      String scoring,
      List<Option> options,
      Boolean answer,
      List<Pair> pairs,
      List<String> accept) {
    this(
        key, type, text, feedback, scoring, options, answer, pairs, accept, null, null, null, null,
        null);
  }

  /** A choice; a weight (per cent, -100..100) is the credit it earns when chosen. */
  public record Option(String text, boolean correct, String feedback, Double weight) {

    @JsonbCreator
    public Option {}

    public Option(String text, boolean correct, String feedback) {
      this(text, correct, feedback, null);
    }

    double credit() {
      return weight != null ? weight / 100 : correct ? 1 : 0;
    }
  }

  public record Pair(String left, String right) {}

  /** An accepted short answer: its text (a * stands for any text), credit in per cent, feedback. */
  public record Graded(String text, double weight, String feedback) {}

  public static Question from(QuizDefinition.Question definition) {
    return new Question(
        definition.id(),
        definition.type(),
        definition.text(),
        definition.feedback(),
        definition.scoring(),
        definition.options().stream()
            .map(o -> new Option(o.text(), o.correct(), o.feedback(), o.weight()))
            .toList(),
        definition.answer(),
        definition.pairs().stream().map(p -> new Pair(p.left(), p.right())).toList(),
        definition.accept(),
        definition.format(),
        definition.trueFeedback(),
        definition.falseFeedback(),
        definition.distractors(),
        definition.answers().stream()
            .map(a -> new Graded(a.text(), a.weight(), a.feedback()))
            .toList());
  }

  public QuestionType questionType() {
    return QuestionType.fromKey(type).orElseThrow();
  }

  /** The number of items a learner places: options to shuffle or right-hand sides to match. */
  public int shuffledItems() {
    return switch (questionType()) {
      case SINGLE, MULTIPLE -> options.size();
      case MATCHING -> rights().size();
      default -> 0;
    };
  }

  /** The right-hand sides a learner chooses from: each pair's, then the distractors. */
  public List<String> rights() {
    List<String> rights = new ArrayList<>(pairs.stream().map(Pair::right).toList());
    rights.addAll(distractors);
    return rights;
  }

  /** Whether the options carry weights, so that each earns its own credit. */
  public boolean weighted() {
    return options.stream().anyMatch(o -> o.weight() != null);
  }

  /** The short answers this question accepts, in the order they are tried. */
  public List<Graded> gradedAnswers() {
    return answers.isEmpty()
        ? accept.stream().map(text -> new Graded(text, 100, null)).toList()
        : answers;
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
      case SHORT_ANSWER -> matchingAnswer(given.text()).map(a -> a.weight() / 100).orElse(0.0);
    };
  }

  /** The feedback written for the answer given: a true/false answer's or a short answer's. */
  public String feedbackFor(Answer given) {
    if (given == null || given.isEmpty()) {
      return null;
    }
    return switch (questionType()) {
      case TRUE_FALSE -> Boolean.TRUE.equals(given.value()) ? trueFeedback : falseFeedback;
      case SHORT_ANSWER -> matchingAnswer(given.text()).map(Graded::feedback).orElse(null);
      default -> null;
    };
  }

  private double scoreSingle(Answer given) {
    if (given.choices() == null || given.choices().size() != 1) {
      return 0;
    }
    int chosen = given.choices().get(0);
    return valid(chosen) ? options.get(chosen).credit() : 0;
  }

  /**
   * Weighted (Moodle's multiple answers): the weights of the ticked options add up, between 0 and
   * 1. Otherwise partial: each right tick earns its share of the right options, each wrong tick
   * loses its share of the wrong ones, never below zero, so ticking everything earns nothing.
   */
  private double scoreMultiple(Answer given) {
    Set<Integer> ticked = new HashSet<>(given.choices() == null ? List.of() : given.choices());
    if (weighted()) {
      double sum =
          ticked.stream().filter(this::valid).mapToDouble(i -> options.get(i).credit()).sum();
      return Math.max(0, Math.min(1, sum));
    }
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

  /** A right-hand side equal to the right one is the same choice, as Moodle merges them. */
  private double scoreMatching(Answer given) {
    Map<String, Integer> matches = given.matches() == null ? Map.of() : given.matches();
    List<String> rights = rights();
    long right = 0;
    for (int left = 0; left < pairs.size(); left++) {
      Integer chosen = matches.get(Integer.toString(left));
      if (chosen != null
          && chosen >= 0
          && chosen < rights.size()
          && rights.get(chosen).equals(pairs.get(left).right())) {
        right++;
      }
    }
    return (double) right / pairs.size();
  }

  /** The first accepted answer the typed text matches, as Moodle tries them in order. */
  public Optional<Graded> matchingAnswer(String typed) {
    String normalised = normalise(typed);
    if (normalised.isEmpty()) {
      return Optional.empty();
    }
    return gradedAnswers().stream().filter(a -> matches(a.text(), normalised)).findFirst();
  }

  private static boolean matches(String accepted, String normalised) {
    if (!accepted.contains("*")) {
      return normalise(accepted).equals(normalised);
    }
    StringBuilder regex = new StringBuilder();
    String[] bits = accepted.split("\\*+", -1);
    for (int i = 0; i < bits.length; i++) {
      if (i > 0) {
        regex.append(".*");
      }
      regex.append(Pattern.quote(normalise(bits[i])));
    }
    return Pattern.compile(regex.toString()).matcher(normalised).matches();
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
