package org.mmicd.academy.webinars.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.mail.Outbox;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.RegistrationStatus;
import org.mmicd.academy.webinars.SessionNews;
import org.mmicd.academy.webinars.SessionRegistration;

/**
 * Who hears about what, written to the outbox in the transaction of the change that the sessions
 * announce as {@link SessionNews}: invitations and reminders for seats, notices of the waiting
 * list, of changes and of cancellations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SessionNotices {

  @Inject Outbox outbox;
  @Inject SessionMails mails;
  @Inject Clock clock;

  void seated(@Observes SessionNews.SeatTaken news) {
    outbox.enqueue(mails.invitation(news.session(), news.registration(), news.promoted()));
    planReminders(news.session(), news.registration().person());
  }

  void waiting(@Observes SessionNews.WaitingListJoined news) {
    outbox.enqueue(mails.waiting(news.session(), news.registration(), news.position()));
  }

  /** The person cancelled; a seat-holder gets a CANCEL that takes the event off their calendar. */
  void left(@Observes SessionNews.PlaceGivenUp news) {
    outbox.dropPending(
        SessionMails.topic(news.session()),
        MailKind.REMINDERS,
        news.registration().person().email());
    if (news.hadSeat()) {
      outbox.enqueue(mails.registrationCancelled(news.session(), news.registration()));
    }
  }

  /**
   * Time, place or text changed: seat-holders get the updated event (same UID, higher SEQUENCE) and
   * reminders for the new time; the waiting list gets the news.
   */
  void changed(@Observes SessionNews.SessionChanged news) {
    if (!news.announced()) {
      return;
    }
    LiveSession session = news.session();
    Instant now = clock.instant();
    outbox.dropPending(SessionMails.topic(session), MailKind.REMINDERS, null);
    for (SessionRegistration registration : news.registrations()) {
      boolean seated = registration.status() == RegistrationStatus.REGISTERED;
      if (registration.status().active()) {
        outbox.enqueue(mails.change(session, registration.person(), seated, now));
      }
      if (seated) {
        planReminders(session, registration.person());
      }
    }
  }

  void cancelled(@Observes SessionNews.SessionCancelled news) {
    LiveSession session = news.session();
    Instant now = clock.instant();
    outbox.dropPending(SessionMails.topic(session), MailKind.REMINDERS, null);
    for (SessionRegistration registration : news.registrations()) {
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
