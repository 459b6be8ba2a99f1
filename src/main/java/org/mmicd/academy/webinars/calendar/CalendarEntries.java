package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.Settings;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionSummary;

/** The calendar entries of live sessions, each written for its reader. */
@ApplicationScoped
public class CalendarEntries {

  @Inject Settings settings;

  public SessionCalendar calendar() {
    return new SessionCalendar(settings.smtpFrom());
  }

  public String sessionsPage() {
    return settings.publicUrl() + "/learn/sessions.xhtml";
  }

  /** A calendar entry for one reader: the join link only for those with a seat. */
  public SessionCalendar.Entry entry(
      LiveSession session, Person reader, boolean seated, boolean cancelledForReader) {
    Messages.Language texts = Messages.in(reader == null ? "en" : reader.language());
    StringBuilder text = new StringBuilder();
    if (session.description() != null) {
      text.append(session.description()).append("\n\n");
    }
    SessionSummary.write(text, session, reader, texts, seated);
    return new SessionCalendar.Entry(
        session, seated, cancelledForReader, text.toString().strip(), sessionsPage());
  }

  /** An invitation, update or cancellation (iTIP method) for one attendee. */
  public String message(SessionCalendar.Entry entry, String method, Person attendee, Instant when) {
    return calendar().message(entry, method, attendee, when);
  }
}
