package org.mmicd.academy.webinars;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.mail.Outbox;

/**
 * Who hears about what, written to the outbox in the transaction of the change: invitations and
 * reminders for seats, notices of the waiting list, of changes and of cancellations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionNotices {

  @Inject Outbox outbox;
  @Inject SessionMails mails;
  @Inject Clock clock;

  void seated(LiveSession session, SessionRegistration registration, boolean promoted) {
    outbox.enqueue(mails.invitation(session, registration, promoted));
    planReminders(session, registration.person());
  }

  void waiting(LiveSession session, SessionRegistration registration, int position) {
    outbox.enqueue(mails.waiting(session, registration, position));
  }

  /** The person cancelled; a seat-holder gets a CANCEL that takes the event off their calendar. */
  void left(LiveSession session, SessionRegistration registration, boolean hadSeat) {
    outbox.dropPending(
        SessionMails.topic(session), MailKind.REMINDERS, registration.person().email());
    if (hadSeat) {
      outbox.enqueue(mails.registrationCancelled(session, registration));
    }
  }

  /**
   * Time, place or text changed: seat-holders get the updated event (same UID, higher SEQUENCE) and
   * reminders for the new time; the waiting list gets the news.
   */
  void changed(LiveSession session, List<SessionRegistration> registrations) {
    Instant now = clock.instant();
    outbox.dropPending(SessionMails.topic(session), MailKind.REMINDERS, null);
    for (SessionRegistration registration : registrations) {
      boolean seated = registration.status() == RegistrationStatus.REGISTERED;
      if (registration.status().active()) {
        outbox.enqueue(mails.change(session, registration.person(), seated, now));
      }
      if (seated) {
        planReminders(session, registration.person());
      }
    }
  }

  void cancelled(LiveSession session, List<SessionRegistration> registrations) {
    Instant now = clock.instant();
    outbox.dropPending(SessionMails.topic(session), MailKind.REMINDERS, null);
    for (SessionRegistration registration : registrations) {
      if (registration.status().active()) {
        boolean seated = registration.status() == RegistrationStatus.REGISTERED;
        outbox.enqueue(mails.cancellation(session, registration.person(), seated, now));
      }
    }
  }

  private void planReminders(LiveSession session, Person person) {
    for (Reminders.Due due : Reminders.plan(session.startsAt(), clock.instant())) {
      outbox.enqueue(mails.reminder(session, person, due.kind(), due.at()));
    }
  }
}
