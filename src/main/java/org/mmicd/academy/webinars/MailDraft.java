package org.mmicd.academy.webinars;

import java.time.Instant;

/** A mail ready to be written to the outbox: text, and the calendar entry when it carries one. */
public record MailDraft(
    String dedupeKey,
    MailKind kind,
    Long sessionId,
    String recipient,
    String recipientName,
    String subject,
    String body,
    String calendar,
    String calendarMethod,
    Instant dueAt,
    Instant expiresAt) {}
