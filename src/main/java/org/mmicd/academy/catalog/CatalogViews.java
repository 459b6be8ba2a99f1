package org.mmicd.academy.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogue as the API and the pages show it, in the viewer's language. */
public final class CatalogViews {

  private CatalogViews() {}

  /** {@code language} is the language of the title and summary: the one asked for, or en. */
  public record CourseSummary(
      String id,
      String title,
      String summary,
      List<String> languages,
      List<String> countries,
      int moduleCount,
      int estimatedMinutes,
      String language) {

    public String languageList() {
      return String.join(", ", languages);
    }

    public String countryList() {
      return String.join(", ", countries);
    }
  }

  public record CompletionRule(
      String requiredLessons,
      boolean quizzesRequired,
      int minOptionalModules,
      int minLiveSessionsAttended,
      int liveSessionSharePercent)
      implements Serializable {}

  public record CourseDetail(
      String id,
      String title,
      String summary,
      List<String> languages,
      List<String> countries,
      int estimatedMinutes,
      CompletionRule completion,
      List<ModuleSummary> modules,
      String language)
      implements Serializable {}

  public record ModuleSummary(
      String id,
      String title,
      String summary,
      String part,
      String sector,
      String country,
      List<String> partners,
      boolean required,
      int estimatedMinutes,
      boolean hasQuiz,
      String language,
      List<LessonSummary> lessons,
      List<ResourceView> resources)
      implements Serializable {

    public String partnerList() {
      return String.join(", ", partners);
    }
  }

  public record LessonSummary(
      String id,
      String key,
      String title,
      String type,
      int minutes,
      List<String> objectives,
      String language)
      implements Serializable {}

  /** A key resource: a publication named with its publisher; {@code url} may be null. */
  public record ResourceView(String title, String publisher, String url) implements Serializable {}

  public record LessonContent(
      String id,
      String courseId,
      String moduleId,
      String moduleTitle,
      String title,
      String type,
      int minutes,
      String language,
      boolean translationMissing,
      List<String> objectives,
      String html,
      String modelAnswerHtml,
      String url,
      List<ResourceView> resources,
      String previousLessonId,
      String nextLessonId)
      implements Serializable {}

  public static CourseSummary summary(
      Course course, List<LearningModule> modules, String language) {
    LocalizedText text = course.text(language);
    return new CourseSummary(
        course.id(),
        text.title(),
        text.body(),
        course.languages(),
        course.countries(),
        modules.size(),
        minutes(course, modules),
        course.translatedInto(language) ? language : "en");
  }

  public static CourseDetail detail(Course course, List<LearningModule> modules, String language) {
    Map<String, Boolean> required = new HashMap<>();
    course.modules().forEach(m -> required.put(m.moduleId(), m.required()));
    List<ModuleSummary> moduleSummaries = new ArrayList<>();
    for (LearningModule module : modules) {
      LocalizedText text = module.text(language);
      moduleSummaries.add(
          new ModuleSummary(
              module.id(),
              text.title(),
              text.body(),
              module.part().key(),
              module.sector().map(Sector::key).orElse(null),
              module.country().orElse(null),
              module.partners(),
              required.getOrDefault(module.id(), true),
              module.estimatedMinutes(),
              module.hasQuiz(),
              module.translatedInto(language) ? language : "en",
              module.activeLessons().stream().map(l -> lessonSummary(l, language)).toList(),
              resources(module)));
    }
    LocalizedText text = course.text(language);
    return new CourseDetail(
        course.id(),
        text.title(),
        text.body(),
        course.languages(),
        course.countries(),
        minutes(course, modules),
        new CompletionRule(
            "all",
            course.quizzesRequired(),
            course.minOptionalModules(),
            course.minLiveSessions(),
            course.liveSessionSharePercent()),
        moduleSummaries,
        course.translatedInto(language) ? language : "en");
  }

  private static LessonSummary lessonSummary(Lesson lesson, String language) {
    LessonText text = lesson.text(language);
    return new LessonSummary(
        lesson.qualifiedId(),
        lesson.key(),
        text.title(),
        lesson.type().key(),
        lesson.minutes(),
        text.objectives(),
        lesson.translatedInto(language) ? language : "en");
  }

  public static List<ResourceView> resources(LearningModule module) {
    return module.resources().stream()
        .map(r -> new ResourceView(r.title(), r.publisher(), r.url().orElse(null)))
        .toList();
  }

  /**
   * The trainer notes of a lesson as HTML, in the language asked for or English. Callers check the
   * viewer's role first: this never goes into {@link LessonContent}.
   */
  public static Optional<String> trainerNotesHtml(
      Lesson lesson, String language, LessonRenderer renderer) {
    return lesson.text(language).trainerNotes().map(renderer::toHtml);
  }

  public static LessonContent content(
      Course course,
      List<LearningModule> modules,
      Lesson lesson,
      String language,
      LessonRenderer renderer) {
    List<Lesson> order = modules.stream().flatMap(m -> m.activeLessons().stream()).toList();
    int index = -1;
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i).id().equals(lesson.id())) {
        index = i;
      }
    }
    LessonText text = lesson.text(language);
    LearningModule module = lesson.module();
    LessonRenderer.Practice practice =
        lesson.type() == LessonType.PRACTICE
            ? renderer.toPracticeHtml(text.body())
            : new LessonRenderer.Practice(renderer.toHtml(text.body()), null);
    return new LessonContent(
        lesson.qualifiedId(),
        course.id(),
        module.id(),
        module.text(language).title(),
        text.title(),
        lesson.type().key(),
        lesson.minutes(),
        lesson.translatedInto(language) ? language : "en",
        !lesson.translatedInto(language),
        text.objectives(),
        practice.taskHtml(),
        practice.modelAnswerHtml(),
        lesson.url().orElse(null),
        resources(module),
        index > 0 ? order.get(index - 1).qualifiedId() : null,
        index >= 0 && index < order.size() - 1 ? order.get(index + 1).qualifiedId() : null);
  }

  /** Required modules plus the cheapest optional ones the rule asks for: the time to complete. */
  private static int minutes(Course course, List<LearningModule> modules) {
    Map<String, Boolean> required = new HashMap<>();
    course.modules().forEach(m -> required.put(m.moduleId(), m.required()));
    int requiredMinutes =
        modules.stream()
            .filter(m -> required.getOrDefault(m.id(), true))
            .mapToInt(LearningModule::estimatedMinutes)
            .sum();
    int optionalMinutes =
        modules.stream()
            .filter(m -> !required.getOrDefault(m.id(), true))
            .mapToInt(LearningModule::estimatedMinutes)
            .sorted()
            .limit(course.minOptionalModules())
            .sum();
    return requiredMinutes + optionalMinutes;
  }
}
