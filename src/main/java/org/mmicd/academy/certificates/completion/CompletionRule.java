package org.mmicd.academy.certificates.completion;

import java.util.ArrayList;
import java.util.List;
import org.mmicd.academy.catalog.Course;

/**
 * When a learner has completed a course, as its file's {@code completion:} block says: every lesson
 * of every required module, every quiz of a required module passed (unless {@code quizzesPassed:
 * none}), at least {@code minOptionalModules} optional modules with all their lessons, and the live
 * sessions asked for (a count, or a share of those held for the learner's cohort). Decided by the
 * server from recorded facts only.
 */
public record CompletionRule(
    boolean quizzesRequired, int minOptionalModules, LiveSessionRequirement liveSessions) {

  public CompletionRule {
    if (minOptionalModules < 0) {
      throw new IllegalArgumentException("minOptionalModules cannot be negative");
    }
    if (liveSessions == null) {
      throw new IllegalArgumentException("a live-session requirement is needed (a count of 0)");
    }
  }

  public static CompletionRule of(Course course) {
    return new CompletionRule(
        course.quizzesRequired(),
        course.minOptionalModules(),
        LiveSessionRequirement.of(course.minLiveSessions(), course.liveSessionSharePercent()));
  }

  public CompletionReport evaluate(CompletionFacts facts) {
    List<CompletionFacts.ModuleFacts> required =
        facts.modules().stream().filter(CompletionFacts.ModuleFacts::required).toList();
    List<CompletionFacts.ModuleFacts> optional =
        facts.modules().stream().filter(m -> !m.required()).toList();

    List<String> missingLessons = new ArrayList<>();
    required.stream()
        .filter(m -> !m.lessonsComplete())
        .forEach(m -> missingLessons.add(m.moduleId()));
    int requiredDone = required.size() - missingLessons.size();

    List<String> missingQuizzes = new ArrayList<>();
    int quizzesNeeded = 0;
    if (quizzesRequired) {
      for (CompletionFacts.ModuleFacts module : required) {
        if (module.hasQuiz()) {
          quizzesNeeded++;
          if (!module.quizPassed()) {
            missingQuizzes.add(module.moduleId());
          }
        }
      }
    }

    int optionalDone = (int) optional.stream().filter(m -> m.lessonsComplete()).count();
    int optionalNeeded = Math.min(minOptionalModules, optional.size());
    if (optionalDone < optionalNeeded) {
      optional.stream()
          .filter(m -> !m.lessonsComplete() && m.completedLessons() > 0)
          .forEach(m -> missingLessons.add(m.moduleId()));
    }

    return new CompletionReport(
        new CompletionReport.Part("required", requiredDone, required.size()),
        new CompletionReport.Part("quizzes", quizzesNeeded - missingQuizzes.size(), quizzesNeeded),
        new CompletionReport.Part("optional", optionalDone, optionalNeeded),
        new CompletionReport.Part(
            "live",
            liveSessions.done(facts.liveSessions()),
            liveSessions.needed(facts.liveSessions())),
        missingLessons,
        missingQuizzes);
  }
}
