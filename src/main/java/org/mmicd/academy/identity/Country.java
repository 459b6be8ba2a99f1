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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A country learners come from; the pilot countries carry the sectors they focused on. */
@Entity
@Table(name = "country")
@Cacheable
public class Country {

  @Id
  @Column(name = "code")
  private String code;

  private String name;

  @Column(name = "time_zone")
  private String timeZone;

  private String languages;

  private boolean pilot;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "country_sector", joinColumns = @JoinColumn(name = "country_code"))
  @Column(name = "sector")
  private Set<String> sectorsInFocus = new TreeSet<>();

  protected Country() {}

  public Country(String code, String name, ZoneId timeZone, List<String> languages) {
    if (code == null || !code.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "A country code is two capital letters (ISO 3166-1 alpha-2)");
    }
    this.code = code;
    this.name = name;
    this.timeZone = timeZone.getId();
    this.languages = String.join(",", languages);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public List<String> languages() {
    return Arrays.stream(languages.split(",")).filter(s -> !s.isBlank()).toList();
  }

  public boolean pilot() {
    return pilot;
  }

  public Set<String> sectorsInFocus() {
    return Set.copyOf(sectorsInFocus);
  }
}
