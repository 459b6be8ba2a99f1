package org.mmicd.academy.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.Locale;
import org.mmicd.academy.certificates.completion.CompletionReport;
import org.mmicd.academy.certificates.completion.CompletionService;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentStatus;
import org.mmicd.academy.learning.LearningService;

/** What an enrollment has done of its course's rule, what is missing, and its certificate. */
@Path("enrollments/{id}/completion")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CompletionResource {

  @Inject LearningService learning;
  @Inject CompletionService completion;
  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  /** A completion earned outside the platform's rule (an offline run, another platform). */
  public record CompletionRequest(java.time.Instant completedAt) {}

  /**
   * Admins record a completion earned elsewhere; the completion rule decides all others. The
   * certificate follows from learning's event, dated at the completion.
   */
  @PUT
  @RolesAllowed(Role.ADMIN_NAME)
  public CertificateViews.Completion record(@PathParam("id") long id, CompletionRequest request) {
    learning.recordCompletion(
        currentUser.get(), id, request == null ? null : request.completedAt());
    return completion(id, null);
  }

  @GET
  public CertificateViews.Completion completion(
      @PathParam("id") long id, @QueryParam("lang") String lang) {
    Person actor = currentUser.get();
    Enrollment enrollment = learning.getEnrollment(actor, id);
    CompletionReport report = completion.report(enrollment);
    var certificate = certificates.currentOf(enrollment.learner(), enrollment.course().id());
    Locale locale = Locale.forLanguageTag(lang == null || lang.isBlank() ? actor.language() : lang);
    return new CertificateViews.Completion(
        enrollment.id(),
        enrollment.course().id(),
        enrollment.status().name().toLowerCase(Locale.ROOT),
        report.met(),
        report.summary(locale),
        report.parts().stream()
            .map(p -> new CertificateViews.Part(p.kind(), p.done(), p.needed()))
            .toList(),
        report.missingLessons(),
        report.missingQuizzes(),
        certificate.map(c -> CertificateViews.held(c, documents, clock.instant())).orElse(null),
        certificate.isPresent() && enrollment.status() == EnrollmentStatus.ACTIVE);
  }
}
