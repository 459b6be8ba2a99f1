package org.mmicd.academy.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.mmicd.academy.platform.DomainException;

/**
 * One drawn question of an attempt, frozen as the learner saw it (text and order), so that a
 * content reload during the attempt changes nothing for them.
 */
@Entity
@Table(name = "attempt_item")
@Cacheable(false)
public class AttemptItem {

  @Id
  @SequenceGenerator(
      name = "attempt_item_seq",
      sequenceName = "attempt_item_seq",
      // Ten or more items an attempt: a larger block keeps a crowd starting a quiz from queueing
      // on the sequence (V17 sets the same increment).
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_item_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id")
  private Attempt attempt;

  private int position;

  @Column(name = "question_id")
  private Long questionId;

  @Column(name = "question_key")
  private String questionKey;

  private String content;

  @Column(name = "item_order")
  private String itemOrder;

  private String answer;

  private Double score;

  @Column(name = "saved_at")
  private Instant savedAt;

  @Transient private Question question;

  protected AttemptItem() {}

  AttemptItem(
      Attempt attempt, int position, QuizQuestion source, String content, List<Integer> order) {
    this.attempt = attempt;
    this.position = position;
    this.questionId = source.id();
    this.questionKey = source.key();
    this.content = content;
    this.itemOrder = QuestionCodec.order(order);
  }

  public int position() {
    return position;
  }

  public String questionKey() {
    return questionKey;
  }

  public Long questionId() {
    return questionId;
  }

  public Question question() {
    if (question == null) {
      question = QuestionCodec.question(content);
    }
    return question;
  }

  /** The order in which options (or right-hand sides of a matching question) are shown. */
  public List<Integer> order() {
    return QuestionCodec.order(itemOrder);
  }

  public Answer answer() {
    return QuestionCodec.answer(answer);
  }

  public boolean answered() {
    return answer != null && !answer().isEmpty();
  }

  public Double score() {
    return score;
  }

  public Instant savedAt() {
    return savedAt;
  }

  /**
   * Saves an answer given in screen terms: options and right-hand sides are numbered as shown, so
   * that their ids say nothing about the order of the quiz file (where authors often put the right
   * option first). Stored in file terms, which grading and item analysis use.
   */
  void save(Answer shown, Instant when) {
    check(shown);
    this.answer = shown == null || shown.isEmpty() ? null : QuestionCodec.write(toFileOrder(shown));
    this.savedAt = when;
  }

  /** The saved answer numbered as on screen, for showing it again. */
  public Answer answerAsShown() {
    Answer stored = answer();
    List<Integer> order = order();
    java.util.function.Function<Integer, Integer> shown = i -> order.indexOf(i);
    return new Answer(
        stored.choices() == null ? null : stored.choices().stream().map(shown).toList(),
        stored.value(),
        stored.matches() == null
            ? null
            : stored.matches().entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> shown.apply(e.getValue()))),
        stored.text());
  }

  private Answer toFileOrder(Answer shown) {
    List<Integer> order = order();
    return new Answer(
        shown.choices() == null ? null : shown.choices().stream().map(order::get).toList(),
        shown.value(),
        shown.matches() == null
            ? null
            : shown.matches().entrySet().stream()
                .collect(
                    java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, e -> order.get(e.getValue()))),
        shown.text());
  }

  void grade() {
    score = question().score(answer());
  }

  private DomainException invalid(String key, String... details) {
    Object[] arguments = new Object[details.length + 1];
    arguments[0] = String.valueOf(position);
    System.arraycopy(details, 0, arguments, 1, details.length);
    return DomainException.invalid("answer", key, arguments);
  }

  /** An answer that cannot belong to this question is refused, not silently scored zero. */
  private void check(Answer given) {
    if (given == null || given.isEmpty()) {
      return;
    }
    Question q = question();
    switch (q.questionType()) {
      case SINGLE, MULTIPLE -> {
        if (given.choices() == null || given.choices().isEmpty()) {
          throw invalid("error.answer.choices-needed");
        }
        if (q.questionType() == QuestionType.SINGLE && given.choices().size() > 1) {
          throw invalid("error.answer.one-option");
        }
        if (new HashSet<>(given.choices()).size() != given.choices().size()) {
          throw invalid("error.answer.picked-twice");
        }
        for (Integer choice : given.choices()) {
          if (choice == null || choice < 0 || choice >= q.options().size()) {
            throw invalid("error.answer.no-option", String.valueOf(choice));
          }
        }
      }
      case TRUE_FALSE -> {
        if (given.value() == null) {
          throw invalid("error.answer.value-needed");
        }
      }
      case MATCHING -> {
        if (given.matches() == null) {
          throw invalid("error.answer.matches-needed");
        }
        given
            .matches()
            .forEach(
                (left, right) -> {
                  int l;
                  try {
                    l = Integer.parseInt(left);
                  } catch (NumberFormatException e) {
                    throw invalid("error.answer.no-left", left);
                  }
                  if (l < 0
                      || l >= q.pairs().size()
                      || right == null
                      || right < 0
                      || right >= q.rights().size()) {
                    throw invalid("error.answer.no-pair", left, String.valueOf(right));
                  }
                });
      }
      case SHORT_ANSWER -> {
        if (given.text() == null) {
          throw invalid("error.answer.text-needed");
        }
        if (given.text().length() > 500) {
          throw invalid("error.answer.too-long", "500");
        }
      }
    }
  }
}
