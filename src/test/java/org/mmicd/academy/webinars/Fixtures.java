package org.mmicd.academy.webinars;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/** Sessions, people and countries made in memory, for the rules that need no database. */
public final class Fixtures {

  public static final Country NEPAL =
      new Country("NP", "Nepal", ZoneId.of("Asia/Kathmandu"), List.of("ne", "en"));
  public static final Country ECUADOR =
      new Country("EC", "Ecuador", ZoneId.of("America/Guayaquil"), List.of("es"));

  private static long nextId = 1000;

  private Fixtures() {}

  public static Person person(
      String name, String email, Country country, String zone, Role... roles) {
    Person person =
        new Person(
            email,
            name,
            "hash",
            country,
            null,
            "en",
            ZoneId.of(zone),
            roles.length == 0 ? EnumSet.of(Role.LEARNER) : EnumSet.of(roles[0], roles),
            Instant.parse("2025-01-01T00:00:00Z"));
    setId(person, nextId++);
    return person;
  }

  public static Person trainer() {
    return person(
        "Teresa Trainer", "trainer@example.org", ECUADOR, "Europe/Brussels", Role.TRAINER);
  }

  public static SessionDetails webinar(Instant start, int minutes, int capacity, Person trainer) {
    return new SessionDetails(
        SessionKind.WEBINAR,
        "Health toolkit: continuity of care for returning migrants",
        "We work through the health toolkit with your own programme.",
        start,
        Duration.ofMinutes(minutes),
        ZoneId.of("Europe/Brussels"),
        capacity,
        "https://meet.example.org/health-toolkit",
        null,
        NEPAL,
        null,
        Set.of("toolkit-health"),
        List.of(trainer),
        75,
        null);
  }

  public static LiveSession session(Instant start, int minutes, int capacity) {
    LiveSession session =
        new LiveSession(
            webinar(start, minutes, capacity, trainer()),
            trainer(),
            start.minus(Duration.ofDays(10)));
    setId(session, nextId++);
    return session;
  }

  public static SessionRegistration registration(
      LiveSession session, Person person, RegistrationStatus status, Instant when) {
    SessionRegistration registration = new SessionRegistration(session, person, status, when);
    setId(registration, nextId++);
    return registration;
  }

  public static void setId(Object entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
