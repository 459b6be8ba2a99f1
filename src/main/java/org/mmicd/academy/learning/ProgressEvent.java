package org.mmicd.academy.learning;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A progress report as the client sent it, keyed by the client's UUID, with the answer it got: a
 * retried request finds it here and gets the same answer without counting twice.
 */
@Entity
@Table(name = "progress_event")
@Cacheable(false)
public class ProgressEvent {

  @Id
  @Column(name = "event_id")
  private String eventId;

  @Column(name = "enrollment_id")
  private Long enrollmentId;

  @Column(name = "lesson_id")
  private Long lessonId;

  @Enumerated(EnumType.STRING)
  private LessonState state;

  private int seconds;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_state")
  private LessonState resultState;

  @Column(name = "result_seconds")
  private int resultSeconds;

  @Column(name = "result_percent")
  private int resultPercent;

  protected ProgressEvent() {}

  ProgressEvent(
      String eventId,
      long enrollmentId,
      long lessonId,
      LessonState state,
      int seconds,
      Instant receivedAt,
      LessonState resultState,
      int resultSeconds,
      int resultPercent) {
    this.eventId = eventId;
    this.enrollmentId = enrollmentId;
    this.lessonId = lessonId;
    this.state = state;
    this.seconds = seconds;
    this.receivedAt = receivedAt;
    this.resultState = resultState;
    this.resultSeconds = resultSeconds;
    this.resultPercent = resultPercent;
  }

  /** True when a retry carries the same report as the original. */
  boolean sameReport(long enrollmentId, long lessonId, LessonState state, int seconds) {
    return this.enrollmentId == enrollmentId
        && this.lessonId == lessonId
        && this.state == state
        && this.seconds == seconds;
  }

  public String eventId() {
    return eventId;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  public long lessonId() {
    return lessonId;
  }

  public LessonState resultState() {
    return resultState;
  }

  public int resultSeconds() {
    return resultSeconds;
  }

  public int resultPercent() {
    return resultPercent;
  }
}
