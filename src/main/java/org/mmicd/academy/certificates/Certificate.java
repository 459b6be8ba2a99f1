package org.mmicd.academy.certificates;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.mmicd.academy.platform.DomainException;

/**
 * Proof that a learner completed a course: a serial, an unguessable verification code, and
 * snapshots of what it certifies taken at issue (name, course, content version, country, date), so
 * that later changes to the account or the course never change what was certified. It is revoked
 * with a reason, or superseded by a newer certificate; it is never deleted.
 */
@Entity
@Table(name = "certificate")
@Cacheable(false)
public class Certificate {

  @Id
  @SequenceGenerator(
      name = "certificate_seq",
      sequenceName = "certificate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  private Long id;

  private String serial;

  @Column(name = "verification_code")
  private String verificationCode;

  @Column(name = "person_id")
  private Long personId;

  @Column(name = "enrollment_id")
  private Long enrollmentId;

  @Column(name = "course_id")
  private String courseId;

  @Column(name = "learner_name")
  private String learnerName;

  @Column(name = "course_title")
  private String courseTitle;

  private String title;

  private String signatory;

  @Column(name = "country_code")
  private String country;

  private String language;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Enumerated(EnumType.STRING)
  private CertificateStatus status;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private Long revokedBy;

  @Column(name = "revocation_reason")
  private String revocationReason;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "superseded_by")
  private String supersededBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "certificate_module", joinColumns = @JoinColumn(name = "certificate_id"))
  @MapKeyColumn(name = "module_id")
  @Column(name = "version")
  private Map<String, Integer> contentVersion = new TreeMap<>();

  protected Certificate() {}

  /** What a certificate says, taken from the learner and the course at the moment of issue. */
  public record Snapshot(
      long personId,
      Long enrollmentId,
      String courseId,
      String learnerName,
      String courseTitle,
      String title,
      String signatory,
      String country,
      String language,
      Map<String, Integer> contentVersion) {

    public Snapshot {
      if (learnerName == null || learnerName.isBlank()) {
        throw new IllegalArgumentException("a certificate needs the learner's name");
      }
      contentVersion = Map.copyOf(contentVersion);
    }
  }

  public Certificate(
      String serial,
      VerificationCode code,
      Snapshot snapshot,
      Instant issuedAt,
      LocalDate issuedOn,
      Instant validUntil) {
    this.serial = serial;
    this.verificationCode = code.value();
    this.personId = snapshot.personId();
    this.enrollmentId = snapshot.enrollmentId();
    this.courseId = snapshot.courseId();
    this.learnerName = snapshot.learnerName().strip();
    this.courseTitle = snapshot.courseTitle();
    this.title = snapshot.title();
    this.signatory = snapshot.signatory();
    this.country = snapshot.country();
    this.language = snapshot.language();
    this.contentVersion.putAll(snapshot.contentVersion());
    this.issuedAt = issuedAt;
    this.issuedOn = issuedOn;
    this.validUntil = validUntil;
    this.status = CertificateStatus.VALID;
  }

  /** What a verifier is told at this instant: revoked and superseded outrank expired. */
  public Validity validity(Instant now) {
    return switch (status) {
      case REVOKED -> Validity.REVOKED;
      case SUPERSEDED -> Validity.SUPERSEDED;
      case VALID ->
          validUntil != null && !now.isBefore(validUntil) ? Validity.EXPIRED : Validity.VALID;
    };
  }

  void revoke(String reason, Long by, Instant when) {
    if (status == CertificateStatus.REVOKED) {
      throw DomainException.conflict("error.certificates.alreadyRevoked", serial);
    }
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "error.certificates.reasonRequired");
    }
    this.status = CertificateStatus.REVOKED;
    this.revocationReason = reason.strip();
    this.revokedBy = by;
    this.revokedAt = when;
  }

  /** A newer certificate of the same course and holder replaces this one. */
  void supersedeBy(String newerSerial, Instant when) {
    if (status == CertificateStatus.VALID) {
      this.status = CertificateStatus.SUPERSEDED;
      this.supersededBy = newerSerial;
      this.supersededAt = when;
    }
  }

  public Long id() {
    return id;
  }

  public String serial() {
    return serial;
  }

  public VerificationCode code() {
    return new VerificationCode(verificationCode);
  }

  public long personId() {
    return personId;
  }

  public Optional<Long> enrollmentId() {
    return Optional.ofNullable(enrollmentId);
  }

  public String courseId() {
    return courseId;
  }

  public String learnerName() {
    return learnerName;
  }

  public String courseTitle() {
    return courseTitle;
  }

  public String title() {
    return title;
  }

  public String signatory() {
    return signatory;
  }

  public String country() {
    return country;
  }

  public String language() {
    return language;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public Optional<Instant> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public CertificateStatus status() {
    return status;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revocationReason() {
    return Optional.ofNullable(revocationReason);
  }

  public Optional<String> supersededBy() {
    return Optional.ofNullable(supersededBy);
  }

  public Optional<Instant> supersededAt() {
    return Optional.ofNullable(supersededAt);
  }

  /** Each module of the course with the version it had when this certificate was earned. */
  public Map<String, Integer> contentVersion() {
    return Map.copyOf(contentVersion);
  }
}
