package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlainText;
import org.mmicd.academy.platform.PlatformSettings;

/** People, their roles and their passwords. */
@ApplicationScoped
public class AccountService {

  public static final Set<String> UI_LANGUAGES = Set.of("en", "es", "fr", "ne");

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject PlatformSettings platformSettings;
  @Inject Clock clock;
  @Inject AccountMails mails;

  public Optional<Person> findByEmail(String email) {
    return em.createQuery("select p from Person p where p.email = :email", Person.class)
        .setParameter("email", Person.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  public Person getPerson(long id) {
    return Optional.ofNullable(em.find(Person.class, id))
        .orElseThrow(() -> DomainException.notFound("error.account.not-found", String.valueOf(id)));
  }

  public Person getByEmail(String email) {
    return findByEmail(email)
        .orElseThrow(() -> DomainException.notFound("error.account.no-email", email));
  }

  public List<Country> countries() {
    return em.createQuery("select c from Country c order by c.name", Country.class).getResultList();
  }

  public Country getCountry(String code) {
    return Optional.ofNullable(code)
        .map(c -> em.find(Country.class, c.toUpperCase(java.util.Locale.ROOT)))
        .orElseThrow(
            () -> DomainException.invalid("country", "error.account.unknown-country", code));
  }

  /** Adds a country, or returns it when its code is already known. */
  @Transactional
  public Country addCountry(String code, String name, ZoneId timeZone, List<String> languages) {
    Country existing = em.find(Country.class, code);
    if (existing != null) {
      return existing;
    }
    Country country = new Country(code, name, timeZone, languages);
    em.persist(country);
    return country;
  }

  /**
   * Self-registration of a learner, when admins allow it. The caller learns nothing about whether
   * the address already has an account: a new address gets its account, a known one a mail to its
   * owner and nothing else changes, and both take the time of a password hash. Everything that can
   * be wrong with the request is refused before the address is looked up.
   */
  @Transactional
  public void registerLearner(Registration registration) {
    if (!platformSettings.selfRegistrationOpen()) {
      throw DomainException.forbidden("error.account.registration-closed");
    }
    Details details = details(registration);
    Optional<Person> existing = findByEmail(registration.email());
    if (existing.isPresent()) {
      // The hash a new account would cost, so that the answer takes as long either way.
      passwords.hash(registration.password());
      mails.registrationTried(existing.get());
      return;
    }
    create(registration, details, EnumSet.of(Role.LEARNER));
  }

  @Transactional
  public Person create(Registration registration, Set<Role> roles) {
    Details details = details(registration);
    if (findByEmail(registration.email()).isPresent()) {
      throw DomainException.conflict("error.account.exists", registration.email());
    }
    return create(registration, details, roles);
  }

  private Person create(Registration registration, Details details, Set<Role> roles) {
    Person person =
        new Person(
            registration.email(),
            registration.displayName(),
            passwords.hash(registration.password()),
            details.country(),
            registration.organisation(),
            details.language(),
            details.zone(),
            roles,
            clock.instant());
    em.persist(person);
    return person;
  }

  /** What a registration says besides e-mail and password, checked. */
  private record Details(String language, Country country, ZoneId zone) {}

  private Details details(Registration registration) {
    String language =
        registration.language() == null ? "en" : registration.language().toLowerCase();
    if (!UI_LANGUAGES.contains(language)) {
      throw DomainException.invalid(
          "language", "error.account.unsupported-language", registration.language());
    }
    PlainText.requireLine("displayName", registration.displayName());
    PlainText.requireLine("organisation", registration.organisation());
    Country country = registration.country() == null ? null : getCountry(registration.country());
    return new Details(language, country, zoneOf(registration.timeZone(), country));
  }

  /** Creates a person whose password hash is already known (demo data shares one hash). */
  @Transactional
  public Person createWithHash(Registration registration, String passwordHash, Set<Role> roles) {
    Country country =
        registration.country() == null ? null : em.find(Country.class, registration.country());
    Person person =
        new Person(
            registration.email(),
            registration.displayName(),
            passwordHash,
            country,
            registration.organisation(),
            registration.language(),
            zoneOf(registration.timeZone(), country),
            roles,
            clock.instant());
    em.persist(person);
    return person;
  }

  @Transactional
  public void changePassword(long personId, String newPassword) {
    getPerson(personId).changePasswordHash(passwords.hash(newPassword));
  }

  /** Checks e-mail and password; the time spent is the same whether or not the e-mail exists. */
  public Optional<Person> authenticate(String email, String password) {
    Optional<Person> person = findByEmail(email).filter(Person::active);
    if (person.isEmpty()) {
      passwords.burnTime(password);
      return Optional.empty();
    }
    return passwords.matches(password, person.get().passwordHash()) ? person : Optional.empty();
  }

  private static ZoneId zoneOf(String zone, Country country) {
    if (zone == null || zone.isBlank()) {
      return country == null ? ZoneId.of("UTC") : country.timeZone();
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw DomainException.invalid("timeZone", "error.time-zone.unknown", zone);
    }
  }
}
