package org.mmicd.academy.webinars.attendance;

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
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.LiveSession;

/**
 * Whether a person attended a session: the trainer's roll call when there is one, else the time the
 * meeting tool saw them against the session's threshold. Completion rules read {@link #attended()}.
 */
@Entity
@Table(name = "session_attendance")
@Cacheable(false)
public class Attendance {

  @Id
  @SequenceGenerator(
      name = "session_attendance_seq",
      sequenceName = "session_attendance_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_attendance_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private LiveSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "seconds_present")
  private long secondsPresent;

  @Enumerated(EnumType.STRING)
  @Column(name = "roll_call")
  private RollCall rollCall;

  private boolean attended;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Attendance() {}

  public Attendance(LiveSession session, Person person) {
    this.session = session;
    this.person = person;
  }

  /** Sets the time reported by meeting tools and decides again. */
  void present(long seconds, LiveSession of, Instant now) {
    this.secondsPresent = seconds;
    decide(of, now);
  }

  /** The trainer's roll call; null hands the decision back to the reported time. */
  void call(RollCall call, LiveSession of, Instant now) {
    this.rollCall = call;
    decide(of, now);
  }

  void decide(LiveSession of, Instant now) {
    this.attended =
        rollCall != null ? rollCall == RollCall.PRESENT : of.attendedWith(secondsPresent);
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public Person person() {
    return person;
  }

  public long secondsPresent() {
    return secondsPresent;
  }

  public RollCall rollCall() {
    return rollCall;
  }

  public boolean attended() {
    return attended;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
