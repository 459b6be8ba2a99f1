package org.mmicd.academy.webinars.attendance;

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
import java.time.Instant;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.LiveSession;

/**
 * One stretch of time a meeting tool saw a participant in a session, as its attendance report gave
 * it. Participants are matched to accounts by e-mail; the unmatched wait for a trainer.
 */
@Entity
@Table(name = "reported_presence")
@Cacheable(false)
public class ReportedPresence {

  @Id
  @SequenceGenerator(
      name = "reported_presence_seq",
      sequenceName = "reported_presence_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reported_presence_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private LiveSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "import_id")
  private AttendanceImport source;

  private int line;

  @Column(name = "participant_key")
  private String participantKey;

  @Column(name = "participant_name")
  private String participantName;

  @Column(name = "participant_email")
  private String participantEmail;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "joined_at")
  private Instant joinedAt;

  @Column(name = "left_at")
  private Instant leftAt;

  private long seconds;

  protected ReportedPresence() {}

  ReportedPresence(
      LiveSession session,
      AttendanceImport source,
      AttendanceReport.Row row,
      String participantKey,
      Person person) {
    this.session = session;
    this.source = source;
    this.line = row.line();
    this.participantKey = participantKey;
    this.participantName = row.name();
    this.participantEmail = row.email();
    this.person = person;
    this.joinedAt = row.joinedAt();
    this.leftAt = row.leftAt();
    this.seconds = row.seconds();
  }

  /**
   * What makes a stretch the same when it is reported again (the same file, or an export that
   * overlaps an earlier one): the participant, the times and the length.
   */
  String stretchKey() {
    return participantKey + "|" + joinedAt + "|" + leftAt + "|" + seconds;
  }

  void matchTo(Person person) {
    this.person = person;
  }

  public Long id() {
    return id;
  }

  public int line() {
    return line;
  }

  public String participantKey() {
    return participantKey;
  }

  public String participantName() {
    return participantName;
  }

  public String participantEmail() {
    return participantEmail;
  }

  public Person person() {
    return person;
  }

  public Instant joinedAt() {
    return joinedAt;
  }

  public Instant leftAt() {
    return leftAt;
  }

  public long seconds() {
    return seconds;
  }

  public PresenceTally.Stretch stretch() {
    return new PresenceTally.Stretch(joinedAt, leftAt, seconds);
  }
}
