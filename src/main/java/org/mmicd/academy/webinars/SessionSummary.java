package org.mmicd.academy.webinars;

import java.time.Duration;
import java.util.stream.Collectors;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.Messages;

/**
 * A live session described for one reader, in their language and time zone with the organiser's
 * time beside it: the block that mails and calendar entries share.
 */
public final class SessionSummary {

  private SessionSummary() {}

  /** When, where (or the join link, for those with a seat) and who leads it. */
  public static void write(
      StringBuilder text,
      LiveSession session,
      Person reader,
      Messages.Language texts,
      boolean showJoinLink) {
    Duration duration = session.duration();
    if (reader != null) {
      text.append(
              texts.get(
                  "mail.when",
                  SessionTimes.span(
                      session.startsAt(), duration, reader.timeZone(), texts.locale())))
          .append("\n");
      if (!reader.timeZone().equals(session.timeZone())) {
        text.append(
                texts.get(
                    "mail.organiserTime",
                    SessionTimes.organiserTime(
                        session.startsAt(), session.timeZone(), reader.timeZone(), texts.locale())))
            .append("\n");
      }
    } else {
      text.append(
              texts.get(
                  "mail.when",
                  SessionTimes.span(
                      session.startsAt(), duration, session.timeZone(), texts.locale())))
          .append("\n");
    }
    if (session.kind() == SessionKind.WORKSHOP) {
      text.append(
              texts.get(
                  "mail.venue",
                  session.venue()
                      + (session.country() == null ? "" : ", " + session.country().name())))
          .append("\n");
    } else if (showJoinLink && session.joinUrl() != null) {
      text.append(texts.get("mail.join", session.joinUrl())).append("\n");
    }
    text.append(
            texts.get(
                "mail.trainers",
                session.trainers().stream()
                    .map(Person::displayName)
                    .collect(Collectors.joining(", "))))
        .append("\n");
  }
}
