package org.mmicd.academy.identity;

import java.time.Instant;
import java.util.List;

/** A person as the API shows them; never the password hash. */
public record PersonView(
    long id,
    String email,
    String displayName,
    String country,
    String organisation,
    String language,
    String timeZone,
    List<String> roles,
    Instant createdAt) {

  public static PersonView of(Person person) {
    return new PersonView(
        person.id(),
        person.email(),
        person.displayName(),
        person.country() == null ? null : person.country().code(),
        person.organisation(),
        person.language(),
        person.timeZone().getId(),
        person.roles().stream().map(r -> r.name().toLowerCase()).sorted().toList(),
        person.createdAt());
  }
}
