package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.certificates.completion.CompletionReport;
import org.mmicd.academy.certificates.completion.CompletionService;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlainText;

/**
 * Completing enrollments and issuing, finding, revoking and re-issuing certificates. A certificate
 * is issued in the transaction that completed its enrollment, with its mail in the same outbox
 * write, so a learner holds it the moment the rule is met.
 */
@ApplicationScoped
public class CertificateService {

  static final int MAX_NAME = 200;
  static final int MAX_REASON = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject AccountService accounts;
  @Inject CompletionService completion;
  @Inject CertificateMails mails;

  /**
   * Judges an active enrollment against its course's rule and, when the rule is met, completes it
   * and issues its certificate, all in the caller's transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Certificate> completeIfMet(Enrollment given) {
    if (given.status() != EnrollmentStatus.ACTIVE) {
      return Optional.empty();
    }
    // Two facts arriving at once (a quiz pass, a roll call) must not both issue a certificate: the
    // second transaction waits for the first here and then finds the enrollment completed.
    Enrollment enrollment = em.find(Enrollment.class, given.id());
    em.flush();
    em.refresh(enrollment, LockModeType.PESSIMISTIC_WRITE);
    if (enrollment.status() != EnrollmentStatus.ACTIVE) {
      return Optional.empty();
    }
    CompletionReport report = completion.report(enrollment);
    if (!report.met()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    learning.markCompleted(enrollment, now);
    return Optional.of(issue(enrollment, enrollment.learner().displayName(), now));
  }

  /**
   * A certificate for an enrollment completed before the platform judged it (history imported from
   * another platform, a completion an admin recorded), dated at the completion; none when the
   * enrollment is not completed or already holds a valid certificate.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Certificate> certifyCompleted(Enrollment enrollment) {
    Enrollment current = em.find(Enrollment.class, enrollment.id());
    if (current.status() != EnrollmentStatus.COMPLETED
        || current.completedAt() == null
        || !validOf(current.learner().id(), current.course().id()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(issue(current, current.learner().displayName(), current.completedAt()));
  }

  private Certificate issue(Enrollment enrollment, String learnerName, Instant now) {
    Course course = enrollment.course();
    Person learner = enrollment.learner();
    Map<String, Integer> versions = new LinkedHashMap<>();
    for (LearningModule module : catalog.modulesOf(course)) {
      versions.put(module.id(), module.version());
    }
    Certificate.Snapshot snapshot =
        new Certificate.Snapshot(
            learner.id(),
            enrollment.id(),
            course.id(),
            learnerName,
            course.title(),
            course.certificateTitle() == null ? course.title() : course.certificateTitle(),
            course.certificateSignatory() == null ? "MMICD Academy" : course.certificateSignatory(),
            learner.country() == null ? null : learner.country().code(),
            AccountService.UI_LANGUAGES.contains(learner.language()) ? learner.language() : "en",
            versions);
    Instant validUntil =
        course
            .certificateValidityMonths()
            .map(months -> now.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant())
            .orElse(null);
    Certificate certificate =
        new Certificate(
            nextSerial(now),
            VerificationCode.random(),
            snapshot,
            now,
            LocalDate.ofInstant(now, learner.timeZone()),
            validUntil);
    return persistReplacing(certificate, learner, now);
  }

  private Certificate persistReplacing(Certificate certificate, Person holder, Instant now) {
    for (Certificate older : validOf(certificate.personId(), certificate.courseId())) {
      older.supersedeBy(certificate.serial(), now);
    }
    em.persist(certificate);
    em.flush();
    mails.issued(certificate, holder);
    return certificate;
  }

  private List<Certificate> validOf(long personId, String courseId) {
    return em.createQuery(
            "select c from Certificate c where c.personId = :person and c.courseId = :course"
                + " and c.status = :valid",
            Certificate.class)
        .setParameter("person", personId)
        .setParameter("course", courseId)
        .setParameter("valid", CertificateStatus.VALID)
        .getResultList();
  }

  /** The person's certificate of a course that has not been revoked or superseded, if any. */
  public Optional<Certificate> currentOf(Person person, String courseId) {
    return validOf(person.id(), courseId).stream().findFirst();
  }

  private String nextSerial(Instant now) {
    Number number =
        (Number) em.createNativeQuery("select nextval('certificate_serial_seq')").getSingleResult();
    return SerialNumber.of(now.atOffset(ZoneOffset.UTC).getYear(), number.longValue());
  }

  /** The person's certificates, newest first, whatever became of them. */
  public List<Certificate> heldBy(Person person) {
    return em.createQuery(
            "select c from Certificate c where c.personId = :person"
                + " order by c.issuedAt desc, c.id desc",
            Certificate.class)
        .setParameter("person", person.id())
        .getResultList();
  }

  /** A certificate for its holder, a coordinator or an admin. */
  public Certificate getViewable(Person actor, String serial) {
    Certificate certificate = get(serial);
    if (certificate.personId() != actor.id() && !isStaff(actor)) {
      throw DomainException.forbidden("error.certificates.notYours", serial);
    }
    return certificate;
  }

  public Certificate get(String serial) {
    return find(serial)
        .orElseThrow(() -> DomainException.notFound("error.certificates.notFound", serial));
  }

  public Optional<Certificate> find(String serial) {
    if (!SerialNumber.looksValid(serial)) {
      return Optional.empty();
    }
    return em.createQuery("select c from Certificate c where c.serial = :serial", Certificate.class)
        .setParameter("serial", serial)
        .getResultStream()
        .findFirst();
  }

  /** The certificate a verification code opens; empty for codes no certificate has. */
  public Optional<Certificate> verify(String code) {
    return VerificationCode.parse(code)
        .flatMap(
            parsed ->
                em.createQuery(
                        "select c from Certificate c where c.verificationCode = :code",
                        Certificate.class)
                    .setParameter("code", parsed.value())
                    .getResultStream()
                    .findFirst());
  }

  /** Certificates for coordinators and admins, newest first, by course and holder's country. */
  public List<Certificate> list(
      Person actor, String courseId, String country, Validity validity, int offset, int limit) {
    requireStaff(actor);
    StringBuilder jpql = new StringBuilder("select c from Certificate c where 1 = 1");
    if (courseId != null) {
      jpql.append(" and c.courseId = :course");
    }
    if (country != null) {
      jpql.append(" and c.country = :country");
    }
    if (validity != null) {
      jpql.append(
          switch (validity) {
            case VALID ->
                " and c.status = :valid and (c.validUntil is null or c.validUntil > :now)";
            case EXPIRED -> " and c.status = :valid and c.validUntil <= :now";
            case REVOKED -> " and c.status = :revoked";
            case SUPERSEDED -> " and c.status = :superseded";
          });
    }
    TypedQuery<Certificate> query =
        em.createQuery(jpql + " order by c.issuedAt desc, c.id desc", Certificate.class);
    if (courseId != null) {
      query.setParameter("course", courseId);
    }
    if (country != null) {
      query.setParameter("country", country);
    }
    if (validity == Validity.VALID || validity == Validity.EXPIRED) {
      query.setParameter("valid", CertificateStatus.VALID).setParameter("now", clock.instant());
    } else if (validity == Validity.REVOKED) {
      query.setParameter("revoked", CertificateStatus.REVOKED);
    } else if (validity == Validity.SUPERSEDED) {
      query.setParameter("superseded", CertificateStatus.SUPERSEDED);
    }
    return query.setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList();
  }

  /** Revokes a certificate for a reason that verifiers will read; written to the audit log. */
  @Transactional
  public Certificate revoke(Person actor, String serial, String reason) {
    requireStaff(actor);
    String why = requireReason(reason);
    Certificate certificate = get(serial);
    Instant now = clock.instant();
    certificate.revoke(why, actor.id(), now);
    audit(actor, AuditEntry.Action.REVOKE, certificate.courseId(), serial, why, null, now);
    return certificate;
  }

  /**
   * Issues a new certificate in place of one whose name was wrong: a new serial and code, the
   * corrected name, the same course, content version and dates; the old one reads "superseded".
   */
  @Transactional
  public Certificate reissue(Person actor, String serial, String learnerName, String reason) {
    requireStaff(actor);
    String why = requireReason(reason);
    Certificate old = get(serial);
    Instant now = clock.instant();
    if (old.status() != CertificateStatus.VALID) {
      throw DomainException.conflict(
          "error.certificates.notReissuable", serial, old.validity(now).key());
    }
    Person holder = accounts.getPerson(old.personId());
    String name =
        learnerName == null || learnerName.isBlank() ? holder.displayName() : learnerName.strip();
    if (name.length() > MAX_NAME) {
      throw DomainException.invalid("learnerName", "error.certificates.nameTooLong");
    }
    PlainText.requireLine("learnerName", name);
    Certificate renewed =
        new Certificate(
            nextSerial(now),
            VerificationCode.random(),
            new Certificate.Snapshot(
                old.personId(),
                old.enrollmentId().orElse(null),
                old.courseId(),
                name,
                old.courseTitle(),
                old.title(),
                old.signatory(),
                old.country(),
                old.language(),
                old.contentVersion()),
            old.issuedAt(),
            old.issuedOn(),
            old.validUntil().orElse(null));
    persistReplacing(renewed, holder, now);
    audit(
        actor,
        AuditEntry.Action.REISSUE,
        old.courseId(),
        serial,
        why,
        "replaced by " + renewed.serial() + "; name: " + old.learnerName() + " → " + name,
        now);
    return renewed;
  }

  /** A new certificate for an enrollment whose rule is met again (see CompletionReview). */
  Certificate issueAfterReview(Enrollment enrollment) {
    Instant now = clock.instant();
    learning.markCompleted(enrollment, now);
    return issue(enrollment, enrollment.learner().displayName(), now);
  }

  /** The newest lines of the audit log. */
  public List<AuditEntry> auditLog(Person actor, int limit) {
    requireStaff(actor);
    return em.createQuery(
            "select a from AuditEntry a order by a.actedAt desc, a.id desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  void audit(
      Person actor,
      AuditEntry.Action action,
      String courseId,
      String serial,
      String reason,
      String detail,
      Instant when) {
    em.persist(
        new AuditEntry(
            when,
            actor == null ? null : actor.id(),
            actor == null ? null : actor.email(),
            action,
            courseId,
            serial,
            reason,
            detail));
  }

  static boolean isStaff(Person person) {
    return person.hasRole(Role.COORDINATOR) || person.hasRole(Role.ADMIN);
  }

  static void requireStaff(Person actor) {
    if (!isStaff(actor)) {
      throw DomainException.forbidden("error.certificates.staffOnly");
    }
  }

  static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw DomainException.invalid("reason", "error.certificates.reasonRequired");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw DomainException.invalid("reason", "error.certificates.reasonTooLong");
    }
    return reason.strip();
  }
}
