package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mmicd.academy.platform.DomainException;

/** Which countries each coordinator reports on; admins assign them. */
@ApplicationScoped
public class CoordinatorScopes {

  @PersistenceContext EntityManager em;
  @Inject AccountService accounts;
  @Inject Clock clock;

  public Optional<CoordinatorScope> findScope(Person coordinator) {
    return Optional.ofNullable(em.find(CoordinatorScope.class, coordinator.id()));
  }

  /** Whether a person may see or manage data of learners in a country, as admin or coordinator. */
  public boolean covers(Person person, String countryCode) {
    if (person.hasRole(Role.ADMIN)) {
      return true;
    }
    return person.hasRole(Role.COORDINATOR)
        && findScope(person).map(s -> s.covers(countryCode)).orElse(false);
  }

  /**
   * Gives a coordinator every country ({@code allCountries}) or the countries listed, replacing
   * what they had; grants the coordinator role when the person lacks it.
   */
  @Transactional
  public CoordinatorScope assign(
      Person actor, String email, boolean allCountries, Collection<String> countryCodes) {
    if (!actor.hasRole(Role.ADMIN)) {
      throw DomainException.forbidden("error.identity.scopeAdminsOnly");
    }
    Person coordinator =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> DomainException.notFound("error.identity.noAccount", email));
    Set<String> countries = new TreeSet<>();
    for (String code : countryCodes == null ? Set.<String>of() : countryCodes) {
      String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (em.find(Country.class, normal) == null) {
        throw DomainException.invalid("countries", "error.identity.unknownCountry", code);
      }
      countries.add(normal);
    }
    if (!allCountries && countries.isEmpty()) {
      throw DomainException.invalid("countries", "error.identity.scopeEmpty");
    }
    Person managed = em.find(Person.class, coordinator.id());
    managed.grant(Role.COORDINATOR);
    CoordinatorScope scope = em.find(CoordinatorScope.class, managed.id());
    if (scope == null) {
      scope = new CoordinatorScope(managed.id(), clock.instant());
      em.persist(scope);
    }
    scope.assign(allCountries, countries, clock.instant());
    return scope;
  }
}
