package org.mmicd.academy.learning;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far a learner is through a course. Required modules always count; of the optional modules,
 * the course's minimum number counts, taking those the learner is furthest in.
 */
public record CourseProgress(
    List<ModuleProgress> modules, int percent, int completedLessons, int countedLessons) {

  /** The shape of one module in the course: what the progress is measured against. */
  public record ModulePlan(String moduleId, boolean required, List<Long> lessonIds) {}

  public record ModuleProgress(
      String moduleId, boolean required, int completedLessons, int totalLessons) {

    public int percent() {
      return totalLessons == 0 ? 0 : completedLessons * 100 / totalLessons;
    }

    public boolean complete() {
      return totalLessons > 0 && completedLessons == totalLessons;
    }
  }

  public static CourseProgress of(
      List<ModulePlan> plan, Map<Long, LessonState> states, int minOptionalModules) {
    List<ModuleProgress> modules =
        plan.stream()
            .map(
                m ->
                    new ModuleProgress(
                        m.moduleId(),
                        m.required(),
                        (int)
                            m.lessonIds().stream()
                                .filter(id -> states.get(id) == LessonState.COMPLETED)
                                .count(),
                        m.lessonIds().size()))
            .toList();
    List<ModuleProgress> counted =
        new java.util.ArrayList<>(modules.stream().filter(ModuleProgress::required).toList());
    modules.stream()
        .filter(m -> !m.required())
        .sorted(Comparator.comparingInt(ModuleProgress::percent).reversed())
        .limit(minOptionalModules)
        .forEach(counted::add);
    int done = counted.stream().mapToInt(ModuleProgress::completedLessons).sum();
    int total = counted.stream().mapToInt(ModuleProgress::totalLessons).sum();
    int percent = total == 0 ? 0 : (int) Math.floor(done * 100.0 / total);
    return new CourseProgress(modules, percent, done, total);
  }

  public Optional<ModuleProgress> module(String moduleId) {
    return modules.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
  }

  /**
   * Where to go next: the first lesson after the one last touched that is not completed, else the
   * first lesson not completed anywhere in the course.
   */
  public static Optional<Long> nextLesson(
      List<ModulePlan> plan, Map<Long, LessonState> states, Long lastTouched) {
    List<Long> order = plan.stream().flatMap(m -> m.lessonIds().stream()).toList();
    int start = lastTouched == null ? 0 : Math.max(0, order.indexOf(lastTouched));
    if (lastTouched != null
        && order.contains(lastTouched)
        && states.get(lastTouched) != LessonState.COMPLETED) {
      return Optional.of(lastTouched);
    }
    for (int i = 0; i < order.size(); i++) {
      Long candidate = order.get((start + i) % order.size());
      if (states.get(candidate) != LessonState.COMPLETED) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
