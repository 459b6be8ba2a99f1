package org.mmicd.academy.learning;

import jakarta.persistence.Cacheable;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mmicd.academy.catalog.Lesson;

/** One learner's standing on one lesson. */
@Entity
@Table(name = "lesson_progress")
@Cacheable(false)
public class LessonProgress {

  /** More than this in one event is a clock gone wrong or a tab left open, not study time. */
  public static final int MAX_SECONDS_PER_EVENT = 4 * 60 * 60;

  @Id
  @SequenceGenerator(
      name = "lesson_progress_seq",
      sequenceName = "lesson_progress_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_progress_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrollment_id")
  private Enrollment enrollment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "lesson_id")
  private Lesson lesson;

  @Column(name = "lesson_id", insertable = false, updatable = false)
  private Long lessonId;

  @Column(name = "enrollment_id", insertable = false, updatable = false)
  private Long enrollmentId;

  @Enumerated(EnumType.STRING)
  private LessonState state = LessonState.NOT_STARTED;

  @Column(name = "seconds_spent")
  private int secondsSpent;

  @Column(name = "first_seen_at")
  private Instant firstSeenAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected LessonProgress() {}

  public LessonProgress(Enrollment enrollment, Lesson lesson, Instant firstSeenAt) {
    this.enrollment = enrollment;
    this.lesson = lesson;
    this.lessonId = lesson.id();
    this.enrollmentId = enrollment.id();
    this.firstSeenAt = firstSeenAt;
    this.lastSeenAt = firstSeenAt;
  }

  /**
   * Applies what the learner did. A lesson never goes back from completed, and time adds up (capped
   * per event) so that a slow connection's retries do not matter: those are caught earlier by the
   * event id.
   */
  public void record(LessonState reached, int seconds, Instant when) {
    if (reached == LessonState.NOT_STARTED) {
      throw new IllegalArgumentException("A progress event reports in_progress or completed");
    }
    if (seconds < 0 || seconds > MAX_SECONDS_PER_EVENT) {
      throw new IllegalArgumentException(
          "Seconds spent must be between 0 and " + MAX_SECONDS_PER_EVENT);
    }
    LessonState before = state;
    state = state.furthest(reached);
    secondsSpent += seconds;
    if (firstSeenAt == null) {
      firstSeenAt = when;
    }
    if (lastSeenAt == null || when.isAfter(lastSeenAt)) {
      lastSeenAt = when;
    }
    if (before != LessonState.COMPLETED && state == LessonState.COMPLETED) {
      completedAt = when;
    }
  }

  public Long lessonId() {
    return lessonId;
  }

  public Long enrollmentId() {
    return enrollmentId;
  }

  public Lesson lesson() {
    return lesson;
  }

  public LessonState state() {
    return state;
  }

  public int secondsSpent() {
    return secondsSpent;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public boolean completed() {
    return state == LessonState.COMPLETED;
  }
}
