package org.mmicd.academy.webinars.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.property.Method;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.mail.MailDraft;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.Settings;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionRegistration;
import org.mmicd.academy.webinars.SessionSummary;
import org.mmicd.academy.webinars.calendar.CalendarEntries;

/**
 * Writes the mails and calendar entries of live sessions, each in its reader's language and time
 * zone, with the organiser's time beside it.
 */
@ApplicationScoped
public class SessionMails {

  @Inject Settings settings;
  @Inject CalendarEntries calendar;

  MailDraft invitation(LiveSession session, SessionRegistration registration, boolean promoted) {
    Person person = registration.person();
    Messages.Language texts = Messages.in(person.language());
    MailKind kind = promoted ? MailKind.PROMOTED : MailKind.INVITATION;
    Instant when = promoted ? registration.promotedAt() : registration.registeredAt();
    String opening =
        texts.get(
            promoted ? "mail.body.promoted" : "mail.body.invitation",
            kind(session, texts),
            session.title());
    String ics =
        calendar.message(
            calendar.entry(session, person, true, false), Method.VALUE_REQUEST, person, when);
    return draft(
        kind,
        key(kind, session, person, when.toEpochMilli()),
        session,
        person,
        texts.get(promoted ? "mail.subject.promoted" : "mail.subject.invitation", session.title()),
        body(session, person, texts, opening, null, true, true),
        ics,
        Method.VALUE_REQUEST,
        when,
        null);
  }

  MailDraft waiting(LiveSession session, SessionRegistration registration, int position) {
    Person person = registration.person();
    Messages.Language texts = Messages.in(person.language());
    return draft(
        MailKind.WAITING_LIST,
        key(MailKind.WAITING_LIST, session, person, registration.registeredAt().toEpochMilli()),
        session,
        person,
        texts.get("mail.subject.waiting", session.title()),
        body(
            session,
            person,
            texts,
            texts.get("mail.body.waiting", kind(session, texts), session.title(), position),
            null,
            false,
            false),
        null,
        null,
        registration.registeredAt(),
        null);
  }

  MailDraft reminder(LiveSession session, Person person, MailKind kind, Instant dueAt) {
    Messages.Language texts = Messages.in(person.language());
    boolean dayBefore = kind == MailKind.REMINDER_24H;
    return draft(
        kind,
        key(kind, session, person, session.startsAt().toEpochMilli()),
        session,
        person,
        texts.get(
            dayBefore ? "mail.subject.reminder24" : "mail.subject.reminder1", session.title()),
        body(
            session,
            person,
            texts,
            texts.get(
                dayBefore ? "mail.body.reminder24" : "mail.body.reminder1",
                kind(session, texts),
                session.title()),
            null,
            true,
            false),
        null,
        null,
        dueAt,
        session.startsAt());
  }

  /**
   * The time, place or text changed. People with a seat get the updated event (same UID, higher
   * SEQUENCE); people on the waiting list, who have no event, get the news only.
   */
  MailDraft change(LiveSession session, Person person, boolean seated, Instant now) {
    Messages.Language texts = Messages.in(person.language());
    String ics =
        seated
            ? calendar.message(
                calendar.entry(session, person, true, false), Method.VALUE_REQUEST, person, now)
            : null;
    return draft(
        MailKind.CHANGE,
        key(MailKind.CHANGE, session, person, session.sequence()),
        session,
        person,
        texts.get("mail.subject.change", session.title()),
        body(
            session,
            person,
            texts,
            texts.get("mail.body.change", kind(session, texts), session.title()),
            null,
            seated,
            seated),
        ics,
        seated ? Method.VALUE_REQUEST : null,
        now,
        null);
  }

  /** The session is cancelled: people with a seat get a CANCEL for their calendar. */
  MailDraft cancellation(LiveSession session, Person person, boolean seated, Instant now) {
    Messages.Language texts = Messages.in(person.language());
    String reason =
        session.cancelReason() == null
            ? null
            : texts.get("mail.body.cancellationReason", session.cancelReason());
    String ics =
        seated
            ? calendar.message(
                calendar.entry(session, person, false, true), Method.VALUE_CANCEL, person, now)
            : null;
    return draft(
        MailKind.CANCELLATION,
        key(MailKind.CANCELLATION, session, person, session.sequence()),
        session,
        person,
        texts.get("mail.subject.cancellation", session.title()),
        body(
            session,
            person,
            texts,
            texts.get("mail.body.cancellation", kind(session, texts), session.title()),
            reason,
            false,
            seated),
        ics,
        seated ? Method.VALUE_CANCEL : null,
        now,
        null);
  }

  /** The person gave up their seat: the event leaves their calendar. */
  MailDraft registrationCancelled(LiveSession session, SessionRegistration registration) {
    Person person = registration.person();
    Messages.Language texts = Messages.in(person.language());
    Instant when = registration.cancelledAt();
    String ics =
        calendar.message(
            calendar.entry(session, person, false, true), Method.VALUE_CANCEL, person, when);
    return draft(
        MailKind.REGISTRATION_CANCELLED,
        key(MailKind.REGISTRATION_CANCELLED, session, person, when.toEpochMilli()),
        session,
        person,
        texts.get("mail.subject.registrationCancelled", session.title()),
        body(
            session,
            person,
            texts,
            texts.get("mail.body.registrationCancelled", kind(session, texts), session.title()),
            null,
            false,
            false),
        ics,
        Method.VALUE_CANCEL,
        when,
        null);
  }

  private String body(
      LiveSession session,
      Person person,
      Messages.Language texts,
      String opening,
      String extra,
      boolean showJoinLink,
      boolean calendarAttached) {
    StringBuilder text = new StringBuilder();
    text.append(texts.get("mail.greeting", person.displayName())).append("\n\n");
    text.append(opening).append("\n\n");
    if (extra != null) {
      text.append(extra).append("\n\n");
    }
    SessionSummary.write(text, session, person, texts, showJoinLink);
    text.append("\n");
    if (calendarAttached) {
      text.append(texts.get("mail.calendarNote")).append("\n\n");
    }
    text.append(texts.get("mail.sessionsPage", calendar.sessionsPage())).append("\n\n");
    text.append(texts.get("mail.signature")).append("\n");
    return text.toString();
  }

  private static String kind(LiveSession session, Messages.Language texts) {
    return texts.get("session.kind." + session.kind().key());
  }

  private static String key(MailKind kind, LiveSession session, Person person, long discriminator) {
    return kind.key() + ":" + session.id() + ":" + person.id() + ":" + discriminator;
  }

  private static MailDraft draft(
      MailKind kind,
      String key,
      LiveSession session,
      Person person,
      String subject,
      String body,
      String calendar,
      String method,
      Instant dueAt,
      Instant expiresAt) {
    return new MailDraft(
        key,
        kind.key(),
        topic(session),
        person.email(),
        person.displayName(),
        subject,
        body,
        calendar,
        method,
        dueAt,
        expiresAt,
        List.of());
  }

  /** The outbox topic of every mail about this session. */
  static String topic(LiveSession session) {
    return "live-session:" + session.id();
  }
}
