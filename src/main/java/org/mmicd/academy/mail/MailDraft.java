package org.mmicd.academy.mail;

import java.time.Instant;
import java.util.List;

/**
 * A mail ready to be written to the outbox. The feature that writes it names its {@code kind} and
 * {@code topic} (for example {@code "invitation"} about {@code "live-session:42"}), so that it can
 * find or drop its own pending mail later; the outbox attaches no meaning to either.
 *
 * @param dedupeKey writing a second draft with the same key changes nothing
 * @param calendar an iCalendar entry sent as an invitation, or null
 * @param expiresAt mail still unsent at this instant is dropped (a reminder after the event), or
 *     null
 */
public record MailDraft(
    String dedupeKey,
    String kind,
    String topic,
    String recipient,
    String recipientName,
    String subject,
    String body,
    String calendar,
    String calendarMethod,
    Instant dueAt,
    Instant expiresAt,
    List<MailAttachment> attachments) {

  public MailDraft {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A plain mail due now, without calendar entry or attachment. */
  public static MailDraft of(
      String dedupeKey,
      String kind,
      String topic,
      String recipient,
      String recipientName,
      String subject,
      String body) {
    return new MailDraft(
        dedupeKey,
        kind,
        topic,
        recipient,
        recipientName,
        subject,
        body,
        null,
        null,
        null,
        null,
        List.of());
  }

  public MailDraft withAttachment(MailAttachment attachment) {
    List<MailAttachment> more = new java.util.ArrayList<>(attachments);
    more.add(attachment);
    return new MailDraft(
        dedupeKey,
        kind,
        topic,
        recipient,
        recipientName,
        subject,
        body,
        calendar,
        calendarMethod,
        dueAt,
        expiresAt,
        more);
  }
}
