package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.certificates.completion.CompletionReport;
import org.mmicd.academy.certificates.completion.CompletionService;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.platform.DomainException;

/**
 * An admin's re-evaluation of a course after its content or rule changed: first a dry run that
 * lists who would gain or lose completion, then, when applied, those who gain complete (with a
 * certificate) and those who lose are reopened. Certificates already issued stay valid: they state
 * what was completed then; a later completion supersedes them.
 */
@ApplicationScoped
public class CompletionReview {

  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject CompletionService completion;
  @Inject CertificateService certificates;
  @Inject Clock clock;

  /** Whether an enrollment would gain or lose completion. */
  public enum Change {
    GAIN,
    LOSE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One enrollment whose completion the rule would change, with what the rule now says. */
  public record Line(
      long enrollmentId,
      String learnerEmail,
      String learnerName,
      String country,
      Change change,
      String summary)
      implements Serializable {}

  /** What applying would change: nothing is written. */
  @Transactional
  public List<Line> dryRun(Person actor, String courseId) {
    requireAdmin(actor);
    List<Line> lines = new ArrayList<>();
    for (Enrollment enrollment : enrollmentsIn(courseId)) {
      change(enrollment)
          .ifPresent(
              c ->
                  lines.add(
                      new Line(
                          enrollment.id(),
                          enrollment.learner().email(),
                          enrollment.learner().displayName(),
                          enrollment.learner().country() == null
                              ? null
                              : enrollment.learner().country().code(),
                          c,
                          completion.report(enrollment).summary(Locale.ENGLISH))));
    }
    return lines;
  }

  /** Applies the re-evaluation and writes it to the audit log with the admin's reason. */
  @Transactional
  public List<Line> apply(Person actor, String courseId, String reason) {
    String why = CertificateService.requireReason(reason);
    List<Line> lines = dryRun(actor, courseId);
    int gained = 0;
    int lost = 0;
    for (Line line : lines) {
      Enrollment enrollment = learning.findEnrollment(line.enrollmentId()).orElseThrow();
      if (line.change() == Change.GAIN) {
        certificates.issueAfterReview(enrollment);
        gained++;
      } else {
        learning.reopen(enrollment);
        lost++;
      }
    }
    certificates.audit(
        actor,
        AuditEntry.Action.REEVALUATE,
        courseId,
        null,
        why,
        gained + " completed, " + lost + " reopened",
        clock.instant());
    return lines;
  }

  private java.util.Optional<Change> change(Enrollment enrollment) {
    CompletionReport report = completion.report(enrollment);
    boolean completed = enrollment.status() == EnrollmentStatus.COMPLETED;
    if (report.met() && !completed) {
      return java.util.Optional.of(Change.GAIN);
    }
    if (!report.met() && completed) {
      return java.util.Optional.of(Change.LOSE);
    }
    return java.util.Optional.empty();
  }

  private List<Enrollment> enrollmentsIn(String courseId) {
    if (catalog.findCourse(courseId).isEmpty()) {
      throw DomainException.notFound("error.certificates.courseNotFound", courseId);
    }
    return learning.enrollmentsIn(courseId);
  }

  private static void requireAdmin(Person actor) {
    if (!actor.hasRole(Role.ADMIN)) {
      throw DomainException.forbidden("error.certificates.staffOnly");
    }
  }
}
