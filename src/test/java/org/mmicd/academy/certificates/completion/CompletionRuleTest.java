package org.mmicd.academy.certificates.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each kind of requirement of a course's completion rule, alone and together. */
class CompletionRuleTest {

  static final LiveSessionRequirement NO_SESSIONS = new LiveSessionRequirement.AttendedCount(0);

  static CompletionFacts.ModuleFacts required(String id, int done, int total, Boolean quizPassed) {
    return new CompletionFacts.ModuleFacts(
        id, true, done, total, quizPassed != null, Boolean.TRUE.equals(quizPassed));
  }

  static CompletionFacts.ModuleFacts optional(String id, int done, int total) {
    return new CompletionFacts.ModuleFacts(id, false, done, total, true, false);
  }

  static CompletionFacts facts(int attended, CompletionFacts.ModuleFacts... modules) {
    return new CompletionFacts(
        List.of(modules), CompletionFacts.LiveSessionFacts.attended(attended));
  }

  @Test
  void everyLessonOfEveryRequiredModuleIsNeeded() {
    CompletionRule rule = new CompletionRule(false, 0, NO_SESSIONS);
    CompletionReport partly =
        rule.evaluate(facts(0, required("a", 3, 3, null), required("b", 2, 3, null)));
    assertFalse(partly.met());
    assertEquals(new CompletionReport.Part("required", 1, 2), partly.requiredModules());
    assertEquals(List.of("b"), partly.missingLessons());

    assertTrue(rule.evaluate(facts(0, required("a", 3, 3, null), required("b", 3, 3, null))).met());
  }

  @Test
  void aRequiredModuleWithoutLessonsAsksNothing() {
    CompletionRule rule = new CompletionRule(false, 0, NO_SESSIONS);
    assertTrue(rule.evaluate(facts(0, required("empty", 0, 0, null))).met());
  }

  @Test
  void theQuizOfEachRequiredModuleMustBePassedUnlessTheCourseSaysNone() {
    CompletionFacts lessonsDone =
        facts(0, required("a", 2, 2, true), required("b", 2, 2, false), required("c", 1, 1, null));
    CompletionReport withQuizzes = new CompletionRule(true, 0, NO_SESSIONS).evaluate(lessonsDone);
    assertFalse(withQuizzes.met());
    assertEquals(new CompletionReport.Part("quizzes", 1, 2), withQuizzes.quizzes());
    assertEquals(List.of("b"), withQuizzes.missingQuizzes(), "a module without quiz asks none");

    CompletionReport without = new CompletionRule(false, 0, NO_SESSIONS).evaluate(lessonsDone);
    assertTrue(without.met());
    assertFalse(without.quizzes().asked());
  }

  @Test
  void optionalQuizzesAreNotRequired() {
    CompletionRule rule = new CompletionRule(true, 1, NO_SESSIONS);
    assertTrue(rule.evaluate(facts(0, required("a", 1, 1, true), optional("x", 2, 2))).met());
  }

  @Test
  void atLeastKOptionalModulesOfTheLearnersChoiceWithAllTheirLessons() {
    CompletionRule rule = new CompletionRule(false, 2, NO_SESSIONS);
    CompletionReport one =
        rule.evaluate(
            facts(
                0,
                required("a", 1, 1, null),
                optional("x", 4, 4),
                optional("y", 3, 4),
                optional("z", 0, 3)));
    assertFalse(one.met());
    assertEquals(new CompletionReport.Part("optional", 1, 2), one.optionalModules());
    assertEquals(List.of("y"), one.missingLessons(), "the one started is what is missing");

    CompletionReport two =
        rule.evaluate(
            facts(
                0,
                required("a", 1, 1, null),
                optional("x", 4, 4),
                optional("y", 3, 4),
                optional("z", 3, 3)));
    assertTrue(two.met(), "any two optional modules will do");
  }

  @Test
  void liveSessionsAttendedAreCounted() {
    CompletionRule rule = new CompletionRule(false, 0, new LiveSessionRequirement.AttendedCount(2));
    assertFalse(rule.evaluate(facts(1, required("a", 1, 1, null))).met());
    CompletionReport two = rule.evaluate(facts(2, required("a", 1, 1, null)));
    assertTrue(two.met());
    assertEquals(new CompletionReport.Part("live", 2, 2), two.liveSessions());
    assertTrue(rule.evaluate(facts(5, required("a", 1, 1, null))).met(), "more is fine");
  }

  @Test
  void aShareOfTheSessionsHeldForTheLearnersCohortRoundedUp() {
    CompletionRule rule = new CompletionRule(false, 0, LiveSessionRequirement.of(1, 75));
    CompletionFacts.ModuleFacts done = required("a", 1, 1, null);

    // Four sessions held for the cohort: 75 % is three; two attended of them, one elsewhere.
    CompletionReport short1 =
        rule.evaluate(
            new CompletionFacts(List.of(done), new CompletionFacts.LiveSessionFacts(3, 4, 2)));
    assertFalse(short1.met());
    assertEquals(new CompletionReport.Part("live", 2, 3), short1.liveSessions());
    assertTrue(
        rule.evaluate(
                new CompletionFacts(List.of(done), new CompletionFacts.LiveSessionFacts(3, 4, 3)))
            .met());

    // Five held: 75 % is 3.75, so four.
    assertEquals(
        new CompletionReport.Part("live", 3, 4),
        rule.evaluate(
                new CompletionFacts(List.of(done), new CompletionFacts.LiveSessionFacts(3, 5, 3)))
            .liveSessions());

    // No cohort, or none held for it yet: the count applies to every session attended.
    assertEquals(
        new CompletionReport.Part("live", 0, 1),
        rule.evaluate(
                new CompletionFacts(List.of(done), CompletionFacts.LiveSessionFacts.attended(0)))
            .liveSessions());
    assertTrue(
        rule.evaluate(
                new CompletionFacts(List.of(done), CompletionFacts.LiveSessionFacts.attended(1)))
            .met());
    assertEquals(
        new LiveSessionRequirement.AttendedCount(2),
        LiveSessionRequirement.of(2, 0),
        "a course without a share asks for a count only");
  }

  @Test
  void theSummarySaysWhatIsDoneAndWhatIsMissingInTheLearnersLanguage() {
    List<CompletionFacts.ModuleFacts> modules = new ArrayList<>();
    modules.add(required("m1", 2, 2, true));
    modules.add(required("m2", 2, 2, true));
    modules.add(required("m3", 2, 2, true));
    modules.add(required("m4", 2, 2, false));
    modules.add(required("m5", 1, 2, false));
    CompletionReport report =
        new CompletionRule(true, 0, new LiveSessionRequirement.AttendedCount(1))
            .evaluate(new CompletionFacts(modules, CompletionFacts.LiveSessionFacts.attended(0)));
    assertEquals(
        "4 of 5 required modules · quizzes 3 of 5 passed · live sessions 0 of 1 attended",
        report.summary(Locale.ENGLISH));
    assertEquals(
        "4 de 5 módulos obligatorios · cuestionarios: 3 de 5 aprobados · sesiones en vivo: 0 de 1"
            + " asistidas",
        report.summary(Locale.forLanguageTag("es")));
  }

  @Test
  void impossibleFactsAndRulesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> required("a", 3, 2, null));
    assertThrows(
        IllegalArgumentException.class, () -> CompletionFacts.LiveSessionFacts.attended(-1));
    assertThrows(
        IllegalArgumentException.class, () -> new CompletionFacts.LiveSessionFacts(1, 1, 2));
    assertThrows(
        IllegalArgumentException.class, () -> new CompletionFacts.LiveSessionFacts(3, 2, 3));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LiveSessionRequirement.ShareOfCohortSessions(1, 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LiveSessionRequirement.ShareOfCohortSessions(1, 101));
    assertThrows(
        IllegalArgumentException.class, () -> new LiveSessionRequirement.AttendedCount(-1));
    assertThrows(IllegalArgumentException.class, () -> new CompletionRule(true, -1, NO_SESSIONS));
  }
}
