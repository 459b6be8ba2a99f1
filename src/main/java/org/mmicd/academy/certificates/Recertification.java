package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.ModuleLoaded;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;

/**
 * When a content load raises the version of a module that a course with {@code recertify: true}
 * requires, the holders of its valid certificates earned on the older version are told by mail and
 * their enrollment opens again, so that they can earn the new version. Their certificate stays
 * valid until then, and reads "superseded" once they have: never silently invalid.
 */
@ApplicationScoped
class Recertification {

  @PersistenceContext EntityManager em;
  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject AccountService accounts;
  @Inject CertificateService certificates;
  @Inject CertificateMails mails;
  @Inject Clock clock;

  void moduleLoaded(@Observes ModuleLoaded loaded) {
    String moduleId = loaded.definition().id();
    int version = loaded.definition().version();
    List<Certificate> earlier =
        em.createQuery(
                "select c from Certificate c join c.contentVersion v"
                    + " where key(v) = :module and value(v) < :version and c.status = :valid",
                Certificate.class)
            .setParameter("module", moduleId)
            .setParameter("version", version)
            .setParameter("valid", CertificateStatus.VALID)
            .getResultList();
    for (Certificate certificate : earlier) {
      Optional<Course> course =
          catalog
              .findCourse(certificate.courseId())
              .filter(Course::recertify)
              .filter(
                  c ->
                      c.modules().stream()
                          .anyMatch(m -> m.required() && m.moduleId().equals(moduleId)));
      Optional<Enrollment> enrollment =
          certificate.enrollmentId().flatMap(learning::findEnrollment);
      if (course.isEmpty()
          || enrollment.isEmpty()
          || enrollment.get().status() != EnrollmentStatus.COMPLETED) {
        continue;
      }
      learning.reopen(enrollment.get());
      mails.newVersion(certificate, accounts.getPerson(certificate.personId()), moduleId, version);
      certificates.audit(
          null,
          AuditEntry.Action.RECERTIFY,
          certificate.courseId(),
          certificate.serial(),
          null,
          moduleId + " version " + certificate.contentVersion().get(moduleId) + " → " + version,
          clock.instant());
    }
  }
}
