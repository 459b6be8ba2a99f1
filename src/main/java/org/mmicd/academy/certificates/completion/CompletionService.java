package org.mmicd.academy.certificates.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mmicd.academy.catalog.ModuleInCourse;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.EnrollmentView;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.attendance.AttendanceService;

/** Gathers what a learner has done in a course and lets the course's rule judge it. */
@ApplicationScoped
public class CompletionService {

  @Inject LearningService learning;
  @Inject AttendanceService attendance;

  public CompletionReport report(Enrollment enrollment) {
    return CompletionRule.of(enrollment.course()).evaluate(facts(enrollment));
  }

  public CompletionFacts facts(Enrollment enrollment) {
    EnrollmentView view = learning.view(enrollment, "en");
    List<CompletionFacts.ModuleFacts> modules =
        view.modules().stream()
            .map(
                m ->
                    new CompletionFacts.ModuleFacts(
                        m.moduleId(),
                        m.required(),
                        m.completedLessons(),
                        m.totalLessons(),
                        m.hasQuiz(),
                        m.quizPassed()))
            .toList();
    Set<String> courseModules = new HashSet<>();
    enrollment.course().modules().stream()
        .map(ModuleInCourse::moduleId)
        .forEach(courseModules::add);
    int attended = 0;
    for (LiveSession session : attendance.attendedBy(enrollment.learner())) {
      if (session.moduleIds().stream().anyMatch(courseModules::contains)) {
        attended++;
      }
    }
    return new CompletionFacts(modules, new CompletionFacts.LiveSessionFacts(attended));
  }
}
