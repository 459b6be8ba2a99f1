package org.mmicd.academy.certificates.completion;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which enrollments an event can complete. A progress report concerns its own enrollment; a quiz
 * pass and a change of attendance concern the person's active enrollments in every course that
 * holds the quiz's module or one of the session's modules.
 */
public final class CompletionTriggers {

  private CompletionTriggers() {}

  /**
   * An enrollment as the triggers see it: whether it can still complete, and its course's modules.
   */
  public record EnrolledCourse(long enrollmentId, boolean active, Set<String> moduleIds) {

    public EnrolledCourse {
      moduleIds = Set.copyOf(moduleIds);
    }
  }

  /** The active enrollments whose course holds at least one of these modules. */
  public static List<Long> concerned(Collection<EnrolledCourse> enrollments, Set<String> modules) {
    return enrollments.stream()
        .filter(EnrolledCourse::active)
        .filter(e -> e.moduleIds().stream().anyMatch(modules::contains))
        .map(EnrolledCourse::enrollmentId)
        .toList();
  }

  /** A progress report concerns its enrollment while it is active. */
  public static List<Long> concerned(EnrolledCourse reported) {
    return reported.active() ? List.of(reported.enrollmentId()) : List.of();
  }
}
