package org.mmicd.academy.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * The learners a coordinator reports on: those of every country, or of the countries listed. A
 * coordinator without one sees no figures until an admin assigns it.
 */
@Entity
@Table(name = "coordinator_scope")
@Cacheable(false)
public class CoordinatorScope {

  @Id
  @Column(name = "person_id")
  private Long personId;

  @Column(name = "all_countries")
  private boolean allCountries;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "coordinator_country", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "country_code")
  private Set<String> countries = new TreeSet<>();

  protected CoordinatorScope() {}

  CoordinatorScope(long personId, Instant assignedAt) {
    this.personId = personId;
    this.assignedAt = assignedAt;
  }

  void assign(boolean allCountries, Set<String> countries, Instant now) {
    this.allCountries = allCountries;
    this.countries.clear();
    if (!allCountries) {
      this.countries.addAll(countries);
    }
    this.assignedAt = now;
  }

  public long personId() {
    return personId;
  }

  public boolean allCountries() {
    return allCountries;
  }

  /** The countries listed; empty when the scope is every country. */
  public Set<String> countries() {
    return Set.copyOf(countries);
  }

  public boolean covers(String countryCode) {
    return allCountries || (countryCode != null && countries.contains(countryCode));
  }

  public Instant assignedAt() {
    return assignedAt;
  }
}
