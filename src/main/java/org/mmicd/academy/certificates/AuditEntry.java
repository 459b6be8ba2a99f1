package org.mmicd.academy.certificates;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One line of the certificates' audit log: who did what, when, to which certificate, and why. */
@Entity
@Table(name = "certificate_audit")
@Cacheable(false)
public class AuditEntry {

  /** What was done. */
  public enum Action {
    REVOKE,
    REISSUE,
    REEVALUATE,
    RECERTIFY;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Id
  @SequenceGenerator(
      name = "certificate_audit_seq",
      sequenceName = "certificate_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_audit_seq")
  private Long id;

  @Column(name = "acted_at")
  private Instant actedAt;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "actor_email")
  private String actorEmail;

  @Enumerated(EnumType.STRING)
  private Action action;

  @Column(name = "course_id")
  private String courseId;

  private String serial;

  private String reason;

  private String detail;

  protected AuditEntry() {}

  /**
   * @param actorId null when the platform acted on its own (a content reload)
   */
  public AuditEntry(
      Instant actedAt,
      Long actorId,
      String actorEmail,
      Action action,
      String courseId,
      String serial,
      String reason,
      String detail) {
    this.actedAt = actedAt;
    this.actorId = actorId;
    this.actorEmail = actorEmail;
    this.action = action;
    this.courseId = courseId;
    this.serial = serial;
    this.reason = reason;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  public Long id() {
    return id;
  }

  public Instant actedAt() {
    return actedAt;
  }

  public String actorEmail() {
    return actorEmail;
  }

  public Action action() {
    return action;
  }

  public String courseId() {
    return courseId;
  }

  public String serial() {
    return serial;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }
}
