package org.mmicd.academy.webinars.calendar;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.SessionKind;
import org.mmicd.academy.webinars.SessionStatus;

/**
 * Sessions as iCalendar (RFC 5545) text, built with ical4j. Every copy of a session, in a download,
 * a mail or a feed, carries the same UID and the session's SEQUENCE, so a calendar that already
 * holds it replaces it when the time changes and strikes it out when it is cancelled. Times are
 * written in UTC; calendar apps show them in their owner's zone.
 */
public final class SessionCalendar {

  public static final String PRODUCT = "-//MMICD Academy//Live sessions 1.0//EN";

  /** What a calendar entry says about one session, for one reader. */
  public record Entry(
      LiveSession session,
      boolean showJoinLink,
      boolean cancelledForReader,
      String description,
      String pageUrl) {}

  private final String organiserAddress;
  private final String organiserName;

  public SessionCalendar(String from) {
    String address = "no-reply@localhost";
    String name = "MMICD Academy";
    try {
      InternetAddress parsed = new InternetAddress(from, false);
      address = parsed.getAddress();
      if (parsed.getPersonal() != null) {
        name = parsed.getPersonal();
      }
    } catch (AddressException malformed) {
      // the defaults above
    }
    this.organiserAddress = address;
    this.organiserName = name;
  }

  /** A single session to download or add: METHOD:PUBLISH. */
  public String publish(Entry entry, Instant stamp) {
    Calendar calendar = calendar(Method.VALUE_PUBLISH);
    calendar.add(event(entry, stamp, null));
    return write(calendar);
  }

  /**
   * An invitation or its update (METHOD:REQUEST) or a cancellation (METHOD:CANCEL) addressed to one
   * attendee, as mail clients expect it.
   */
  public String message(Entry entry, String method, Person attendee, Instant stamp) {
    Calendar calendar = calendar(method);
    calendar.add(event(entry, stamp, attendee));
    return write(calendar);
  }

  /** A subscription feed: every entry, refreshed hourly by calendar apps. */
  public String feed(String name, List<Entry> entries, Instant stamp) {
    Calendar calendar = calendar(Method.VALUE_PUBLISH);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
    calendar.add(
        new RefreshInterval(
            new ParameterList(List.of(Value.DURATION)), java.time.Duration.ofHours(1)));
    for (Entry entry : entries) {
      calendar.add(event(entry, stamp, null));
    }
    return write(calendar);
  }

  private static Calendar calendar(String method) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Method(method));
    return calendar;
  }

  private VEvent event(Entry entry, Instant stamp, Person attendee) {
    LiveSession session = entry.session();
    VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
    event.replace(new DtStamp(stamp));
    event.add(new Uid(session.calendarUid()));
    event.add(new Sequence(session.sequence()));
    event.add(new LastModified(session.updatedAt()));
    boolean cancelled = entry.cancelledForReader() || session.status() == SessionStatus.CANCELLED;
    event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
    event.add(new Description(entry.description()));
    String location = location(entry);
    if (location != null) {
      event.add(new Location(location));
    }
    if (entry.showJoinLink() && session.joinUrl() != null) {
      event.add(new Url(URI.create(session.joinUrl())));
    } else if (entry.pageUrl() != null) {
      event.add(new Url(URI.create(entry.pageUrl())));
    }
    Organizer organizer = new Organizer(URI.create("mailto:" + organiserAddress));
    organizer.add(new Cn(organiserName));
    event.add(organizer);
    if (attendee != null) {
      Attendee who = new Attendee(URI.create("mailto:" + attendee.email()));
      who.add(Role.REQ_PARTICIPANT);
      who.add(cancelled ? PartStat.DECLINED : PartStat.ACCEPTED);
      who.add(Rsvp.FALSE);
      who.add(new Cn(attendee.displayName()));
      event.add(who);
    }
    return event;
  }

  private static String location(Entry entry) {
    LiveSession session = entry.session();
    if (session.kind() == SessionKind.WORKSHOP) {
      return session.venue() + (session.country() == null ? "" : ", " + session.country().name());
    }
    return entry.showJoinLink() ? session.joinUrl() : null;
  }

  private static String write(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ContentLines.fold(out.toString());
  }
}
