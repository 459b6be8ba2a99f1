package org.mmicd.academy.catalog.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates a module's quiz file. */
class QuizReader {

  static final Set<String> TYPES =
      Set.of("single", "multiple", "true-false", "matching", "short-answer");
  static final Set<String> FORMATS = Set.of("plain", "markdown", "html");
  static final List<String> REVIEW =
      List.of("after-each-attempt", "after-passing", "after-passing-or-last-attempt", "never");

  Optional<QuizDefinition> read(Path path, String file, ProblemLog problems) {
    return YamlMap.read(path, file, problems).map(yaml -> quiz(yaml, problems));
  }

  private QuizDefinition quiz(YamlMap yaml, ProblemLog problems) {
    int passMark = yaml.integer("passMark", 1, 100).orElse(70);
    if (!yaml.has("passMark")) {
      problems.add(yaml.file(), yaml.line(), "'passMark' (per cent, 1..100) is missing");
    }
    int attempts = yaml.integer("attempts", 0, 100).orElse(0);
    Integer timeLimit = timeLimitSeconds(yaml, problems);
    String review = yaml.string("review").orElse("after-each-attempt");
    if (!REVIEW.contains(review)) {
      problems.add(
          yaml.file(),
          yaml.line("review"),
          "unknown review policy '" + review + "': use " + String.join(", ", REVIEW));
    }
    List<QuizDefinition.Question> questions = questions(yaml, problems);
    int draw = yaml.integer("draw", 1, 1000).orElse(questions.size());
    if (draw > questions.size()) {
      problems.add(
          yaml.file(),
          yaml.line("draw"),
          "'draw' is " + draw + " but the pool holds only " + questions.size() + " questions");
    }
    return new QuizDefinition(
        yaml.string("title").orElse("Quiz"),
        passMark,
        attempts,
        timeLimit,
        Math.min(draw, questions.size()),
        yaml.bool("shuffleOptions").orElse(true),
        review,
        questions);
  }

  /**
   * Authors give minutes; {@code timeLimitSeconds} exists for short test quizzes, so that a test of
   * the deadline does not wait minutes.
   */
  private static Integer timeLimitSeconds(YamlMap yaml, ProblemLog problems) {
    Optional<Integer> minutes = yaml.integer("timeLimitMinutes", 1, 600);
    Optional<Integer> seconds = yaml.integer("timeLimitSeconds", 5, 36_000);
    if (minutes.isPresent() && seconds.isPresent()) {
      problems.add(
          yaml.file(),
          yaml.line("timeLimitSeconds"),
          "give either 'timeLimitMinutes' or 'timeLimitSeconds', not both");
    }
    return minutes.map(m -> m * 60).or(() -> seconds).orElse(null);
  }

  private List<QuizDefinition.Question> questions(YamlMap yaml, ProblemLog problems) {
    List<YamlMap> entries = yaml.maps("questions");
    if (entries.isEmpty()) {
      problems.add(
          yaml.file(),
          yaml.line("questions"),
          "a quiz needs at least one question under 'questions'");
    }
    List<QuizDefinition.Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : entries) {
      String id = entry.requiredString("id");
      if (id != null && !ids.add(id)) {
        problems.add(yaml.file(), entry.line("id"), "duplicate question id '" + id + "'");
      }
      questions.add(question(entry, id, problems));
    }
    return questions;
  }

  private QuizDefinition.Question question(YamlMap entry, String id, ProblemLog problems) {
    String label = "question '" + id + "'";
    String type = type(entry, label, problems);
    String text = entry.requiredString("text");
    List<QuizDefinition.Option> options = options(entry, type);
    List<QuizDefinition.Pair> pairs = new ArrayList<>();
    for (YamlMap pair : entry.maps("pairs")) {
      pairs.add(new QuizDefinition.Pair(pair.requiredString("left"), pair.requiredString("right")));
    }
    List<String> accept = entry.strings("accept");
    List<QuizDefinition.Graded> answers = graded(entry);
    Boolean answer = entry.bool("answer").orElse(null);
    String scoring = entry.string("scoring").orElse("partial");
    String format = entry.string("format").orElse("plain");
    if (!FORMATS.contains(format)) {
      problems.add(
          entry.file(),
          entry.line("format"),
          label + " has unknown format '" + format + "': use plain, markdown or html");
    }
    checkChoices(entry, label, type, options, problems);
    checkWeights(entry, label, type, options, problems);
    checkAnswers(entry, label, type, scoring, answer, pairs, accept, problems);
    checkGraded(entry, label, type, accept, answers, problems);
    return new QuizDefinition.Question(
        id,
        type,
        text,
        entry.string("feedback").orElse(null),
        scoring,
        options,
        answer,
        pairs,
        accept,
        format,
        entry.string("trueFeedback").orElse(null),
        entry.string("falseFeedback").orElse(null),
        entry.strings("distractors"),
        answers);
  }

  private static String type(YamlMap entry, String label, ProblemLog problems) {
    String type = entry.requiredString("type");
    if (type != null && !TYPES.contains(type)) {
      problems.add(
          entry.file(),
          entry.line("type"),
          label
              + " has unknown type '"
              + type
              + "': use single, multiple, true-false, matching or short-answer");
    }
    return type;
  }

  /**
   * A weighted option earns its weight when chosen. Unless the file says otherwise it counts as
   * correct when it earns full marks (single choice) or any credit (multiple choice).
   */
  private static List<QuizDefinition.Option> options(YamlMap entry, String type) {
    List<QuizDefinition.Option> options = new ArrayList<>();
    for (YamlMap option : entry.maps("options")) {
      Double weight = option.decimal("weight", -100, 100).orElse(null);
      boolean earns = weight != null && ("single".equals(type) ? weight >= 100 : weight > 0);
      options.add(
          new QuizDefinition.Option(
              option.requiredString("text"),
              option.bool("correct").orElse(earns),
              option.string("feedback").orElse(null),
              weight));
    }
    return options;
  }

  private static List<QuizDefinition.Graded> graded(YamlMap entry) {
    List<QuizDefinition.Graded> answers = new ArrayList<>();
    for (YamlMap answer : entry.maps("answers")) {
      answers.add(
          new QuizDefinition.Graded(
              answer.requiredString("text"),
              answer.decimal("weight", 0, 100).orElse(100.0),
              answer.string("feedback").orElse(null)));
    }
    return answers;
  }

  private static void checkChoices(
      YamlMap entry,
      String label,
      String type,
      List<QuizDefinition.Option> options,
      ProblemLog problems) {
    if (!"single".equals(type) && !"multiple".equals(type)) {
      return;
    }
    long correct = options.stream().filter(QuizDefinition.Option::correct).count();
    if (options.size() < 2) {
      problems.add(entry.file(), entry.line(), label + " needs at least two options");
    }
    boolean weighted = options.stream().anyMatch(o -> o.weight() != null);
    if (correct == 0 && !weighted) {
      problems.add(
          entry.file(),
          entry.line(),
          label + " has no correct answer: mark one option 'correct: true'");
    } else if ("single".equals(type) && correct > 1 && !weighted) {
      problems.add(
          entry.file(),
          entry.line(),
          label + " is single choice but marks " + correct + " options correct");
    }
  }

  /**
   * Weights follow Moodle: a single-choice question needs an option at 100 %; the positive weights
   * of a multiple-choice question may not add up to more than 100 %, and a correct option must earn
   * something.
   */
  private static void checkWeights(
      YamlMap entry,
      String label,
      String type,
      List<QuizDefinition.Option> options,
      ProblemLog problems) {
    if (options.stream().allMatch(o -> o.weight() == null)) {
      return;
    }
    if (!"single".equals(type) && !"multiple".equals(type)) {
      problems.add(entry.file(), entry.line(), label + ": only choices may carry a 'weight'");
      return;
    }
    double positive = options.stream().mapToDouble(QuizReader::credit).filter(w -> w > 0).sum();
    if ("single".equals(type) && options.stream().noneMatch(o -> credit(o) >= 100)) {
      problems.add(
          entry.file(), entry.line(), label + " needs an option with weight 100 (full marks)");
    }
    if ("multiple".equals(type) && positive <= 0) {
      problems.add(entry.file(), entry.line(), label + " has no option that earns credit");
    }
    if ("multiple".equals(type) && positive > 100.001) {
      problems.add(
          entry.file(),
          entry.line(),
          label + ": the positive weights add up to " + Math.round(positive) + " %, over 100");
    }
    if (options.stream().anyMatch(o -> o.correct() && credit(o) <= 0)) {
      problems.add(
          entry.file(), entry.line(), label + " marks correct an option that earns nothing");
    }
  }

  private static double credit(QuizDefinition.Option option) {
    return option.weight() != null ? option.weight() : option.correct() ? 100 : 0;
  }

  /** Short answers are listed either plainly under 'accept' or graded under 'answers'. */
  private static void checkGraded(
      YamlMap entry,
      String label,
      String type,
      List<String> accept,
      List<QuizDefinition.Graded> answers,
      ProblemLog problems) {
    if (answers.isEmpty()) {
      return;
    }
    if (!"short-answer".equals(type)) {
      problems.add(
          entry.file(), entry.line("answers"), label + ": only short answers list 'answers'");
    } else if (!accept.isEmpty()) {
      problems.add(
          entry.file(), entry.line("answers"), label + ": give either 'accept' or 'answers'");
    } else if (answers.stream().noneMatch(a -> a.weight() > 0)) {
      problems.add(entry.file(), entry.line("answers"), label + " has no answer that earns credit");
    }
  }

  private static void checkAnswers(
      YamlMap entry,
      String label,
      String type,
      String scoring,
      Boolean answer,
      List<QuizDefinition.Pair> pairs,
      List<String> accept,
      ProblemLog problems) {
    String file = entry.file();
    if ("multiple".equals(type) && !Set.of("partial", "all-or-nothing").contains(scoring)) {
      problems.add(
          file, entry.line("scoring"), label + ": 'scoring' must be partial or all-or-nothing");
    }
    if ("true-false".equals(type) && answer == null) {
      problems.add(
          file,
          entry.line(),
          label + " has no correct answer: add 'answer: true' or 'answer: false'");
    }
    if ("matching".equals(type) && pairs.size() < 2) {
      problems.add(file, entry.line(), label + " needs at least two 'pairs'");
    }
    if ("short-answer".equals(type) && accept.isEmpty() && !entry.has("answers")) {
      problems.add(
          file,
          entry.line(),
          label + " has no correct answer: list accepted answers under 'accept'");
    }
  }
}
