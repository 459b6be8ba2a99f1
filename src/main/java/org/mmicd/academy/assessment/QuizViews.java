package org.mmicd.academy.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * What learners see of quizzes. Before submission only questions and options leave the server: no
 * correct flag, no feedback, no accepted answer, no score. Review views follow the quiz's policy.
 */
public final class QuizViews {

  private QuizViews() {}

  public record QuizSummary(
      String moduleId,
      String title,
      String titleLanguage,
      int questionCount,
      int passMark,
      int attemptLimit,
      int attemptsUsed,
      Integer attemptsLeft,
      Integer timeLimitMinutes,
      String review,
      boolean passed,
      Double bestScore,
      Long openAttemptId,
      List<AttemptSummary> attempts)
      implements Serializable {}

  public record AttemptSummary(
      long id,
      int number,
      String status,
      Instant startedAt,
      Instant submittedAt,
      Double scorePercent,
      Boolean passed)
      implements Serializable {}

  public record Choice(int id, String text) implements Serializable {}

  /** A question as the learner answers it; {@code format} says how its texts are written. */
  public record ItemView(
      int position,
      String type,
      String format,
      String text,
      List<Choice> options,
      List<String> lefts,
      List<Choice> rights,
      Answer answer)
      implements Serializable {

    /** One of its texts as safe HTML, for the page. */
    public String html(String text) {
      return TextFormat.of(format).toInlineHtml(text);
    }

    /** One of its texts without markup, for a drop-down. */
    public String plain(String text) {
      return TextFormat.of(format).toPlain(text);
    }
  }

  public record AttemptView(
      long id,
      String moduleId,
      int number,
      String status,
      Instant startedAt,
      Instant deadline,
      Long secondsLeft,
      int answeredCount,
      List<ItemView> questions)
      implements Serializable {}

  /** An option after submission; {@code weight} is its credit in per cent, when weighted. */
  public record ReviewOption(
      int id, String text, boolean correct, boolean chosen, String feedback, Double weight) {}

  public record ReviewPair(String left, String correctRight, String chosenRight) {}

  /**
   * A question after submission. {@code answerFeedback} is what the author wrote for the answer
   * given (a true/false answer, a short answer), beside the question's general {@code feedback}.
   */
  public record ReviewItem(
      int position,
      String type,
      String format,
      String text,
      double score,
      String feedback,
      String answerFeedback,
      List<ReviewOption> options,
      Boolean correctValue,
      Boolean chosenValue,
      List<ReviewPair> pairs,
      List<String> acceptedAnswers,
      String typedAnswer) {

    public String acceptedList() {
      return String.join(", ", acceptedAnswers);
    }

    /** One of its texts as safe HTML, for the page. */
    public String html(String text) {
      return TextFormat.of(format).toInlineHtml(text);
    }
  }

  public record ResultView(
      long attemptId,
      String moduleId,
      int number,
      String status,
      Instant submittedAt,
      double scorePercent,
      boolean passed,
      int passMark,
      String reviewPolicy,
      boolean reviewShown,
      List<ReviewItem> review) {}

  /** A quiz and this learner's attempts at it, its title in the given language where it has it. */
  public static QuizSummary summary(
      Quiz quiz, String language, int poolSize, List<Attempt> attempts, boolean passed) {
    Double best =
        attempts.stream()
            .filter(a -> !a.open())
            .map(Attempt::scorePercent)
            .max(Double::compare)
            .orElse(null);
    Long open = attempts.stream().filter(Attempt::open).map(Attempt::id).findFirst().orElse(null);
    return new QuizSummary(
        quiz.moduleId(),
        quiz.title(language),
        quiz.titleLanguage(language),
        Math.min(quiz.drawCount(), poolSize),
        quiz.passMark(),
        quiz.attemptLimit(),
        attempts.size(),
        quiz.attemptLimit() == 0 ? null : Math.max(0, quiz.attemptLimit() - attempts.size()),
        quiz.timeLimitMinutes(),
        quiz.reviewPolicy().key(),
        passed,
        best,
        open,
        attempts.stream().map(QuizViews::summary).toList());
  }

  public static AttemptSummary summary(Attempt a) {
    return new AttemptSummary(
        a.id(),
        a.number(),
        status(a),
        a.startedAt(),
        a.submittedAt(),
        a.open() ? null : a.scorePercent(),
        a.open() ? null : a.passed());
  }

  public static AttemptView attempt(Attempt attempt, Instant now) {
    List<ItemView> items = new ArrayList<>();
    for (AttemptItem item : attempt.items()) {
      Question q = item.question();
      List<Integer> order = item.order();
      List<Choice> options = List.of();
      List<String> lefts = List.of();
      List<Choice> rights = List.of();
      switch (q.questionType()) {
        // Ids are screen positions: they say nothing about the order of the quiz file.
        case SINGLE, MULTIPLE ->
            options =
                IntStream.range(0, order.size())
                    .mapToObj(k -> new Choice(k, q.options().get(order.get(k)).text()))
                    .toList();
        case MATCHING -> {
          lefts = q.pairs().stream().map(Question.Pair::left).toList();
          List<String> all = q.rights();
          rights =
              IntStream.range(0, order.size())
                  .mapToObj(k -> new Choice(k, all.get(order.get(k))))
                  .toList();
        }
        default -> {}
      }
      items.add(
          new ItemView(
              item.position(),
              q.type(),
              q.format(),
              q.text(),
              options,
              lefts,
              rights,
              item.answered() ? item.answerAsShown() : null));
    }
    return new AttemptView(
        attempt.id(),
        attempt.moduleId(),
        attempt.number(),
        status(attempt),
        attempt.startedAt(),
        attempt.deadline(),
        attempt.timeLeft(now).map(java.time.Duration::getSeconds).orElse(null),
        (int) attempt.items().stream().filter(AttemptItem::answered).count(),
        items);
  }

  public static ResultView result(Attempt attempt, QuizStanding standing) {
    boolean shown = attempt.reviewPolicy().showsAnswers(standing);
    List<ReviewItem> review =
        shown ? attempt.items().stream().map(QuizViews::review).toList() : List.of();
    return new ResultView(
        attempt.id(),
        attempt.moduleId(),
        attempt.number(),
        status(attempt),
        attempt.submittedAt(),
        attempt.scorePercent() == null ? 0 : attempt.scorePercent(),
        attempt.passed(),
        attempt.passMark(),
        attempt.reviewPolicy().key(),
        shown,
        review);
  }

  private static ReviewItem review(AttemptItem item) {
    Question q = item.question();
    Answer answer = item.answer();
    boolean choice =
        q.questionType() == QuestionType.SINGLE || q.questionType() == QuestionType.MULTIPLE;
    return new ReviewItem(
        item.position(),
        q.type(),
        q.format(),
        q.text(),
        item.score() == null ? 0 : item.score(),
        q.feedback(),
        q.feedbackFor(answer),
        choice ? reviewOptions(item) : List.of(),
        q.questionType() == QuestionType.TRUE_FALSE ? q.answer() : null,
        q.questionType() == QuestionType.TRUE_FALSE ? answer.value() : null,
        q.questionType() == QuestionType.MATCHING ? reviewPairs(q, answer) : List.of(),
        q.questionType() == QuestionType.SHORT_ANSWER ? accepted(q) : List.of(),
        q.questionType() == QuestionType.SHORT_ANSWER ? answer.text() : null);
  }

  /** The options in the order the learner saw them, with what they chose and what each earns. */
  private static List<ReviewOption> reviewOptions(AttemptItem item) {
    Question q = item.question();
    Answer answer = item.answer();
    List<Integer> chosen = answer.choices() == null ? List.of() : answer.choices();
    List<Integer> order = item.order();
    return IntStream.range(0, order.size())
        .mapToObj(
            k -> {
              Question.Option option = q.options().get(order.get(k));
              return new ReviewOption(
                  k,
                  option.text(),
                  option.correct(),
                  chosen.contains(order.get(k)),
                  option.feedback(),
                  q.weighted() ? option.credit() * 100 : null);
            })
        .toList();
  }

  /** Each left-hand side with its right-hand side and the one chosen (perhaps a distractor). */
  private static List<ReviewPair> reviewPairs(Question q, Answer answer) {
    Map<String, Integer> matches = answer.matches() == null ? Map.of() : answer.matches();
    List<String> rights = q.rights();
    List<ReviewPair> pairs = new ArrayList<>();
    for (int left = 0; left < q.pairs().size(); left++) {
      Integer chosen = matches.get(Integer.toString(left));
      pairs.add(
          new ReviewPair(
              q.pairs().get(left).left(),
              q.pairs().get(left).right(),
              chosen == null || chosen < 0 || chosen >= rights.size() ? null : rights.get(chosen)));
    }
    return pairs;
  }

  /** The answers that earn credit, a partial one with its share; never a catch-all "*". */
  private static List<String> accepted(Question q) {
    return q.gradedAnswers().stream()
        .filter(a -> a.weight() > 0 && !a.text().isBlank() && !a.text().matches("\\*+"))
        .map(
            a ->
                a.weight() >= 100
                    ? a.text()
                    : a.text()
                        + " ("
                        + BigDecimal.valueOf(a.weight()).stripTrailingZeros().toPlainString()
                        + " %)")
        .toList();
  }

  static String status(Attempt attempt) {
    return attempt.status().name().toLowerCase(java.util.Locale.ROOT);
  }
}
