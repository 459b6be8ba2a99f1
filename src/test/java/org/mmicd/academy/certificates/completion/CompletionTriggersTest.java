package org.mmicd.academy.certificates.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.certificates.completion.CompletionTriggers.EnrolledCourse;

/** Which enrollments each kind of event can complete. */
class CompletionTriggersTest {

  static final EnrolledCourse CORE =
      new EnrolledCourse(1, true, Set.of("guidelines-why-migration", "toolkit-health"));
  static final EnrolledCourse NEPAL =
      new EnrolledCourse(2, true, Set.of("country-nepal", "toolkit-health", "toolkit-employment"));
  static final EnrolledCourse DONE = new EnrolledCourse(3, false, Set.of("toolkit-health"));

  @Test
  void aProgressReportConcernsItsOwnActiveEnrollment() {
    assertEquals(List.of(1L), CompletionTriggers.concerned(CORE));
    assertEquals(List.of(), CompletionTriggers.concerned(DONE), "a completed one stays as it is");
  }

  @Test
  void aQuizPassConcernsEveryActiveCourseThatHoldsTheModule() {
    List<EnrolledCourse> mine = List.of(CORE, NEPAL, DONE);
    assertEquals(List.of(1L, 2L), CompletionTriggers.concerned(mine, Set.of("toolkit-health")));
    assertEquals(List.of(2L), CompletionTriggers.concerned(mine, Set.of("country-nepal")));
    assertEquals(List.of(), CompletionTriggers.concerned(mine, Set.of("toolkit-security")));
  }

  @Test
  void anAttendanceChangeConcernsTheCoursesThatShareAModuleWithTheSession() {
    List<EnrolledCourse> mine = List.of(CORE, NEPAL, DONE);
    assertEquals(
        List.of(2L),
        CompletionTriggers.concerned(mine, Set.of("country-nepal", "toolkit-employment")));
    assertEquals(
        List.of(1L),
        CompletionTriggers.concerned(mine, Set.of("guidelines-why-migration", "toolkit-security")));
    assertEquals(
        List.of(), CompletionTriggers.concerned(mine, Set.of()), "a session about nothing");
  }
}
