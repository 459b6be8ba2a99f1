package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

  /** The shortest and longest password, as at registration. */
  static final int PASSWORD_MIN = 10;

  static final int PASSWORD_MAX = 200;

  /** At most one "forgot your password?" mail per account in this time. */
  static final Duration SIGN_IN_LINK_INTERVAL = Duration.ofMinutes(5);

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject PlatformSettings platformSettings;
  @Inject Clock clock;
  @Inject AccountMails mails;
  @Inject SignInLinks links;
  @Inject SignInGuard guard;

  /** The account of an address, with its roles (read on every page of a signed-in caller). */
  public Optional<Person> findByEmail(String email) {
    return em.createQuery(
            "select p from Person p left join fetch p.roles where p.email = :email", Person.class)
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
    mails.welcome(create(registration, details, EnumSet.of(Role.LEARNER)));
  }

  /**
   * "Forgot your password?": the owner of the address, if there is one, is mailed a sign-in link,
   * at most once per {@link #SIGN_IN_LINK_INTERVAL}. The caller learns nothing either way; an
   * address that must wait after failed sign-ins ({@link SignInGuard}) is refused.
   */
  @Transactional
  public void requestSignInLink(String email, String clientAddress) {
    // An address caught guessing passwords may not have links mailed either.
    Optional<SignInGuard.Refusal> wait = guard.refusal(null, clientAddress);
    if (wait.isPresent()) {
      throw wait.get().problem();
    }
    Optional<Person> owner = findByEmail(email).filter(Person::active);
    if (owner.isEmpty()) {
      return;
    }
    // Two requests at once must not both pass the check below.
    em.lock(owner.get(), LockModeType.PESSIMISTIC_WRITE);
    if (!links.issuedWithin(owner.get(), SignInLink.Purpose.SIGN_IN, SIGN_IN_LINK_INTERVAL)) {
      mails.signInLink(owner.get());
    }
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

  /**
   * Sets a new password; the caller has made sure it is the owner who asks. The account's page
   * sessions signed in before now end at their next request (the caller keeps its own, see {@link
   * FormSignIn#renew}); access tokens stay, and the owner is told by mail. Returns the moment of
   * the change.
   */
  @Transactional
  public Instant changePassword(long personId, String newPassword) {
    requireAcceptable(newPassword);
    Person person = getPerson(personId);
    // Whole milliseconds: the database keeps no finer time, and must not round this moment up
    // past the one the changing session keeps.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    person.changePasswordHash(passwords.hash(newPassword), now);
    mails.passwordChanged(person);
    return now;
  }

  /** The rule of registration: 10 to 200 characters. */
  static void requireAcceptable(String newPassword) {
    if (newPassword == null
        || newPassword.length() < PASSWORD_MIN
        || newPassword.length() > PASSWORD_MAX) {
      throw DomainException.invalid(
          "newPassword", "error.account.password-length", PASSWORD_MIN, PASSWORD_MAX);
    }
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
