package org.mmicd.academy.certificates;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Certificates as the API shows them. */
public final class CertificateViews {

  private CertificateViews() {}

  /** One of the holder's certificates: the fixed shape of {@code GET /me/certificates}. */
  public record Held(
      String serial,
      String courseId,
      String courseTitle,
      Instant issuedAt,
      String status,
      String verifyUrl) {}

  /** A certificate for coordinators and admins. */
  public record Staff(
      String serial,
      String courseId,
      String courseTitle,
      String learnerName,
      String country,
      Instant issuedAt,
      LocalDate issuedOn,
      Instant validUntil,
      String status,
      String verifyUrl,
      Instant revokedAt,
      String revocationReason,
      String supersededBy)
      implements Serializable {}

  /**
   * What a verifier learns from a code: only what the certificate itself shows, and whether it
   * still holds.
   */
  public record Verification(
      String status,
      String serial,
      String learnerName,
      String title,
      String courseTitle,
      LocalDate issuedOn,
      Instant validUntil,
      String signatory,
      Instant revokedAt,
      String revocationReason,
      String supersededBy,
      String verifyUrl) {}

  /** An enrollment's standing against its course's rule, and its certificate. */
  public record Completion(
      long enrollmentId,
      String courseId,
      String status,
      boolean ruleMet,
      String summary,
      List<Part> parts,
      List<String> missingLessons,
      List<String> missingQuizzes,
      Held certificate,
      boolean newVersionOpen) {}

  public record Part(String kind, int done, int needed) {}

  static Held held(Certificate c, CertificateDocuments documents, Instant now) {
    return new Held(
        c.serial(),
        c.courseId(),
        c.courseTitle(),
        c.issuedAt(),
        c.validity(now).key(),
        documents.verifyUrl(c));
  }

  static Staff staff(Certificate c, CertificateDocuments documents, Instant now) {
    return new Staff(
        c.serial(),
        c.courseId(),
        c.courseTitle(),
        c.learnerName(),
        c.country(),
        c.issuedAt(),
        c.issuedOn(),
        c.validUntil().orElse(null),
        c.validity(now).key(),
        documents.verifyUrl(c),
        c.revokedAt().orElse(null),
        c.revocationReason().orElse(null),
        c.supersededBy().orElse(null));
  }

  static Verification verification(Certificate c, CertificateDocuments documents, Instant now) {
    return new Verification(
        c.validity(now).key(),
        c.serial(),
        c.learnerName(),
        c.title(),
        c.courseTitle(),
        c.issuedOn(),
        c.validUntil().orElse(null),
        c.signatory(),
        c.revokedAt().orElse(null),
        c.revocationReason().orElse(null),
        c.supersededBy().orElse(null),
        documents.verifyUrl(c));
  }
}
