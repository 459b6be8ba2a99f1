package org.mmicd.academy.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * A learner's attempt at a quiz: the questions drawn for it, the answers saved so far and, once
 * submitted or timed out, its grade. It grades itself; nobody else computes a score.
 */
@Entity
@Table(name = "quiz_attempt")
@Cacheable(false)
public class Attempt {

  @Id
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person learner;

  @Column(name = "module_id")
  private String moduleId;

  @Column(name = "attempt_number")
  private int number;

  private String language;

  @Enumerated(EnumType.STRING)
  private AttemptStatus status;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "deadline_at")
  private Instant deadline;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submission_id")
  private String submissionId;

  @Column(name = "score_percent")
  private Double scorePercent;

  private Boolean passed;

  @Column(name = "pass_mark")
  private int passMark;

  @Column(name = "review_policy")
  private String reviewPolicy;

  @Version
  @Column(name = "row_version")
  private int rowVersion;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("position")
  private List<AttemptItem> items = new ArrayList<>();

  protected Attempt() {}

  Attempt(Person learner, Quiz quiz, int number, String language, Instant startedAt) {
    this.learner = learner;
    this.moduleId = quiz.moduleId();
    this.number = number;
    this.language = language;
    this.status = AttemptStatus.IN_PROGRESS;
    this.startedAt = startedAt;
    this.deadline = quiz.timeLimit().map(startedAt::plus).orElse(null);
    this.passMark = quiz.passMark();
    this.reviewPolicy = quiz.reviewPolicy().key();
  }

  void add(QuizQuestion source, String content, List<Integer> order) {
    items.add(new AttemptItem(this, items.size() + 1, source, content, order));
  }

  public boolean open() {
    return status == AttemptStatus.IN_PROGRESS;
  }

  /**
   * Past the deadline and its grace (so that network delays do not cost a learner who pressed
   * submit in the last second): nothing more may be saved or submitted.
   */
  public boolean overdue(Instant now, Duration grace) {
    return open() && deadline != null && now.isAfter(deadline.plus(grace));
  }

  public Optional<Duration> timeLeft(Instant now) {
    if (deadline == null || !open()) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, deadline);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  void save(int position, Answer answer, Instant now) {
    requireOpen();
    item(position).save(answer, now);
  }

  void submit(String submissionId, Instant now) {
    requireOpen();
    this.submissionId = submissionId;
    this.submittedAt = now;
    this.status = AttemptStatus.SUBMITTED;
    grade();
  }

  /** Closes an attempt whose time ran out, grading what the learner had saved. */
  void timeOut() {
    if (!open()) {
      return;
    }
    this.submittedAt = deadline;
    this.status = AttemptStatus.TIMED_OUT;
    grade();
  }

  private void grade() {
    items.forEach(AttemptItem::grade);
    double total = items.stream().mapToDouble(AttemptItem::score).sum();
    // Deductions for wrong guesses lower the total, down to nothing, never below.
    scorePercent =
        items.isEmpty() ? 0 : Math.max(0, Math.round(total * 10_000.0 / items.size()) / 100.0);
    passed = scorePercent >= passMark;
  }

  private void requireOpen() {
    if (!open()) {
      throw DomainException.conflict("error.attempt.closed", String.valueOf(id));
    }
  }

  public AttemptItem item(int position) {
    if (position < 1 || position > items.size()) {
      throw DomainException.notFound(
          "error.attempt.no-question",
          String.valueOf(id),
          String.valueOf(items.size()),
          String.valueOf(position));
    }
    return items.get(position - 1);
  }

  public boolean belongsTo(Person person) {
    return learner.id().equals(person.id());
  }

  public Long id() {
    return id;
  }

  public Person learner() {
    return learner;
  }

  public String moduleId() {
    return moduleId;
  }

  public int number() {
    return number;
  }

  public String language() {
    return language;
  }

  public AttemptStatus status() {
    return status;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant deadline() {
    return deadline;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submissionId() {
    return submissionId;
  }

  public Double scorePercent() {
    return scorePercent;
  }

  public boolean passed() {
    return Boolean.TRUE.equals(passed);
  }

  public int passMark() {
    return passMark;
  }

  public ReviewPolicy reviewPolicy() {
    return ReviewPolicy.fromKey(reviewPolicy);
  }

  public List<AttemptItem> items() {
    return List.copyOf(items);
  }
}
