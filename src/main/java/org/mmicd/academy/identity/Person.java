package org.mmicd.academy.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.mmicd.academy.platform.PlainText;

/** An account: someone who learns, trains, coordinates or administers. */
@Entity
@Table(name = "person")
@Cacheable(false)
public class Person {

  @Id
  @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
  private Long id;

  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "country_code")
  private Country country;

  private String organisation;

  private String language;

  @Column(name = "time_zone")
  private String timeZone;

  private boolean active = true;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "email_confirmed_at")
  private Instant emailConfirmedAt;

  /** Page sessions signed in before this moment are over: the password changed then. */
  @Column(name = "sessions_valid_from")
  private Instant sessionsValidFrom;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected Person() {}

  public Person(
      String email,
      String displayName,
      String passwordHash,
      Country country,
      String organisation,
      String language,
      ZoneId timeZone,
      Set<Role> roles,
      Instant createdAt) {
    this.email = normaliseEmail(email);
    this.displayName = PlainText.requireLine("displayName", displayName.strip());
    this.passwordHash = passwordHash;
    this.country = country;
    this.organisation = PlainText.requireLine("organisation", organisation);
    this.language = language;
    this.timeZone = timeZone.getId();
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.createdAt = createdAt;
  }

  public static String normaliseEmail(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  /** Whether a page session that signed in at {@code signedInAt} (null: unknown) has ended. */
  boolean sessionEnded(Instant signedInAt) {
    return sessionsValidFrom != null
        && (signedInAt == null || signedInAt.isBefore(sessionsValidFrom));
  }

  /** A new password; the sessions that signed in before {@code when} end (ASVS 3.3.3). */
  void changePasswordHash(String passwordHash, Instant when) {
    this.passwordHash = passwordHash;
    this.sessionsValidFrom = when;
  }

  public Country country() {
    return country;
  }

  public String organisation() {
    return organisation;
  }

  public String language() {
    return language;
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public boolean active() {
    return active;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the owner first opened a link mailed to the address; null until then. */
  public Instant emailConfirmedAt() {
    return emailConfirmedAt;
  }

  void confirmEmail(Instant when) {
    if (emailConfirmedAt == null) {
      emailConfirmedAt = when;
    }
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Trainers, coordinators and admins: those who follow other people's learning. */
  public boolean isStaff() {
    return hasRole(Role.TRAINER) || hasRole(Role.COORDINATOR) || hasRole(Role.ADMIN);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void updateProfile(
      String displayName, Country country, String organisation, String language, ZoneId zone) {
    this.displayName = PlainText.requireLine("displayName", displayName.strip());
    this.country = country;
    this.organisation = PlainText.requireLine("organisation", organisation);
    this.language = language;
    this.timeZone = zone.getId();
  }
}
