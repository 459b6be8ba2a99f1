package org.mmicd.academy.mail;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail written in the same transaction as the change it reports, and sent after it commits by the
 * dispatcher, with retries. Its key makes writing it twice (a retried request, two instances) a
 * no-op.
 */
@Entity
@Table(name = "mail_outbox")
@Cacheable(false)
public class OutboxMail {

  /** After this many failed attempts the mail is given up and shown to admins as failed. */
  public static final int MAX_ATTEMPTS = 8;

  @Id
  @SequenceGenerator(
      name = "mail_outbox_seq",
      sequenceName = "mail_outbox_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
  private Long id;

  @Column(name = "dedupe_key")
  private String dedupeKey;

  private String kind;

  private String topic;

  private String recipient;

  @Column(name = "recipient_name")
  private String recipientName;

  private String subject;

  private String body;

  private String calendar;

  @Column(name = "calendar_method")
  private String calendarMethod;

  @Enumerated(EnumType.STRING)
  private MailStatus status;

  private int attempts;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "claimed_at")
  private Instant claimedAt;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "last_error")
  private String lastError;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "mail_attachment", joinColumns = @JoinColumn(name = "mail_id"))
  @OrderColumn(name = "position")
  private List<MailAttachment> attachments = new ArrayList<>();

  protected OutboxMail() {}

  OutboxMail(MailDraft draft, Instant now) {
    this.dedupeKey = draft.dedupeKey();
    this.kind = draft.kind();
    this.topic = draft.topic();
    this.attachments = new ArrayList<>(draft.attachments());
    this.recipient = draft.recipient();
    this.recipientName = draft.recipientName();
    this.subject = draft.subject();
    this.body = draft.body();
    this.calendar = draft.calendar();
    this.calendarMethod = draft.calendarMethod();
    this.status = MailStatus.PENDING;
    this.dueAt = draft.dueAt() == null ? now : draft.dueAt();
    this.expiresAt = draft.expiresAt();
    this.createdAt = now;
  }

  /** Waits 1, 2, 4 … minutes between attempts, at most an hour. */
  static Duration backoff(int attemptsSoFar) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.max(0, Math.min(attemptsSoFar - 1, 6))));
  }

  void failed(String error, Instant now) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    claimedAt = null;
    claimedBy = null;
    if (attempts >= MAX_ATTEMPTS) {
      status = MailStatus.FAILED;
    } else {
      status = MailStatus.PENDING;
      dueAt = now.plus(backoff(attempts));
    }
  }

  void claim(String instance, Instant now) {
    status = MailStatus.SENDING;
    claimedBy = instance;
    claimedAt = now;
  }

  void sent(Instant now) {
    attempts++;
    status = MailStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  void keep(String reason) {
    status = MailStatus.KEPT;
    lastError = reason;
  }

  void expire() {
    status = MailStatus.EXPIRED;
  }

  /** An admin asks for another try of a failed or kept mail. */
  void retry(Instant now) {
    if (status == MailStatus.FAILED || status == MailStatus.KEPT) {
      status = MailStatus.PENDING;
      attempts = 0;
      dueAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String dedupeKey() {
    return dedupeKey;
  }

  public String kind() {
    return kind;
  }

  public String topic() {
    return topic;
  }

  public List<MailAttachment> attachments() {
    return List.copyOf(attachments);
  }

  public String recipient() {
    return recipient;
  }

  public String recipientName() {
    return recipientName;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String calendar() {
    return calendar;
  }

  public String calendarMethod() {
    return calendarMethod;
  }

  public MailStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public String lastError() {
    return lastError;
  }
}
