package org.mmicd.academy.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import org.mmicd.academy.certificates.completion.CompletionReport;
import org.mmicd.academy.certificates.completion.CompletionService;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;

/**
 * The course page's completion panel: the signed-in learner's standing against the rule and their
 * certificate. It lives here so that learning, which owns the course page, need not know
 * certificates.
 */
@Named
@RequestScoped
public class CourseCompletionPanel {

  @Inject LearningService learning;
  @Inject CompletionService completion;
  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Clock clock;

  private String courseId;
  private Enrollment enrollment;
  private CompletionReport report;
  private CertificateViews.Held certificate;

  /** What the page shows for a course; computed once per request. */
  public CourseCompletionPanel of(String courseId) {
    if (courseId != null && !courseId.equals(this.courseId)) {
      this.courseId = courseId;
      enrollment =
          currentUser
              .find()
              .flatMap(p -> learning.findEnrollment(p, courseId))
              .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
              .orElse(null);
      report = enrollment == null ? null : completion.report(enrollment);
      certificate =
          enrollment == null
              ? null
              : certificates
                  .currentOf(enrollment.learner(), courseId)
                  .map(c -> CertificateViews.held(c, documents, clock.instant()))
                  .orElse(null);
    }
    return this;
  }

  public boolean isEnrolled() {
    return enrollment != null;
  }

  public boolean isCompleted() {
    return enrollment != null && enrollment.status() == EnrollmentStatus.COMPLETED;
  }

  public String getCompletedOn() {
    return enrollment == null ? "" : userSession.date(enrollment.completedAt());
  }

  public String getSummary() {
    return report == null ? "" : report.summary(userSession.getLocale());
  }

  public String getMissingLessons() {
    return report == null ? "" : String.join(", ", report.missingLessons());
  }

  public String getMissingQuizzes() {
    return report == null ? "" : String.join(", ", report.missingQuizzes());
  }

  public CertificateViews.Held getCertificate() {
    return certificate;
  }

  /** Completed once, reopened for a new version of the course: the certificate holds till then. */
  public boolean isNewVersionOpen() {
    return certificate != null && !isCompleted();
  }
}
