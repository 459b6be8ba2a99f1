package org.mmicd.academy.learning;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.CatalogViews;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.catalog.LessonRenderer;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;

/**
 * The lesson page: shows a lesson with the course's outline and the learner's standing. Opening it
 * changes nothing; the page's own script then posts (with the page's view state, so no other site
 * can) that the lesson was opened, the seconds it was read while visible every half minute and on
 * leaving, and the learner's "mark as complete". Without the script, "mark as complete" is a plain
 * form post.
 */
@Named
@ViewScoped
public class LessonPlayer implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject LessonRenderer renderer;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;

  private String courseId;
  private String lessonId;
  private String lang;

  private CatalogViews.LessonContent lesson;
  private String trainerNotesHtml;
  private List<String> courseLanguages = List.of();
  private String courseTitle;
  private String courseTitleLanguage;

  private List<EnrollmentView.ModuleView> outline = List.of();
  private List<LessonOutline.Module> outlineShown = List.of();
  private final Map<String, String> textLanguages = new HashMap<>();
  private Long enrollmentId;
  private String state = "not_started";
  private int secondsSpent;
  private int coursePercent;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (courseId == null || courseId.isBlank() || lessonId == null || lessonId.isBlank()) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    Course course = catalog.getCourse(courseId);
    Person learner = currentUser.get();
    Enrollment enrollment =
        learning
            .findEnrollment(learner, courseId)
            .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
            .orElseThrow(() -> DomainException.forbidden("error.lesson.not-enrolled"));
    Lesson found = catalog.getLesson(course, lessonId);
    courseLanguages = course.languages();
    String language = lang != null && !lang.isBlank() ? lang : userSession.getLanguage();
    List<LearningModule> modules = catalog.modulesOf(course);
    lesson = CatalogViews.content(course, modules, found, language, renderer);
    String shown = userSession.getLanguage();
    for (LearningModule module : modules) {
      textLanguages.put(module.id(), module.translatedInto(shown) ? shown : "en");
      for (Lesson each : module.activeLessons()) {
        textLanguages.put(each.qualifiedId(), each.translatedInto(shown) ? shown : "en");
      }
    }
    if (seesTrainerNotes(learner)) {
      trainerNotesHtml = CatalogViews.trainerNotesHtml(found, language, renderer).orElse(null);
    }
    enrollmentId = enrollment.id();
    EnrollmentView standing = learning.view(enrollment, userSession.getLanguage());
    courseTitle = standing.courseTitle();
    courseTitleLanguage = standing.courseTitleLanguage();
    outline = standing.modules();
    outlineShown = outlineFor(outline);
    coursePercent = standing.percent();
    outline.stream()
        .flatMap(m -> m.lessons().stream())
        .filter(l -> l.lessonId().equals(lesson.id()))
        .findFirst()
        .ifPresent(
            l -> {
              state = l.state();
              secondsSpent = l.secondsSpent();
            });
  }

  /** Model answers and rubrics of capstones are for the people who assess them, not learners. */
  private static boolean seesTrainerNotes(Person person) {
    return person.hasRole(Role.TRAINER)
        || person.hasRole(Role.COORDINATOR)
        || person.hasRole(Role.ADMIN);
  }

  /** Posted by the page once it is shown: the lesson is in progress and the place to resume. */
  public void opened() {
    report(isCompleted() ? "completed" : "in_progress", seconds());
    answerScriptBriefly();
  }

  /** Posted by the page every 30 seconds of visible reading, and when the learner leaves. */
  public void reportTime() {
    int value = seconds();
    if (value > 0) {
      report(isCompleted() ? "completed" : "in_progress", value);
    }
    answerScriptBriefly();
  }

  /** The page's script reads nothing from these answers: 204, not the page again (slow links). */
  private static void answerScriptBriefly() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (external.getRequestHeaderMap().get("X-Requested-With") != null) {
      external.setResponseStatus(204);
      faces.responseComplete();
    }
  }

  public void markComplete() {
    report("completed", seconds());
  }

  private static int seconds() {
    return parseSeconds(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("seconds"));
  }

  private void report(String reached, int seconds) {
    ProgressResult result =
        learning.recordProgress(
            currentUser.get(),
            enrollmentId,
            new ProgressReport(UUID.randomUUID().toString(), lesson.id(), reached, seconds));
    state = result.state();
    secondsSpent = result.secondsSpent();
    coursePercent = result.coursePercent();
    outline = outline.stream().map(m -> m.withLessonState(lesson.id(), state)).toList();
    outlineShown = outlineFor(outline);
  }

  private List<LessonOutline.Module> outlineFor(List<EnrollmentView.ModuleView> modules) {
    return LessonOutline.of(
        modules,
        lesson.id(),
        courseId,
        lang,
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/learn/lesson.xhtml",
        textLanguages);
  }

  private static int parseSeconds(String seconds) {
    try {
      return Math.max(0, Math.min(LessonProgress.MAX_SECONDS_PER_EVENT, Integer.parseInt(seconds)));
    } catch (NumberFormatException | NullPointerException e) {
      return 0;
    }
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getLessonId() {
    return lessonId;
  }

  public void setLessonId(String lessonId) {
    this.lessonId = lessonId;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public CatalogViews.LessonContent getLesson() {
    return lesson;
  }

  /** The lesson's HTML up to and including its first heading, so objectives can follow it. */
  public String getHtmlHeading() {
    return lesson.html().substring(0, headingEnd());
  }

  public String getHtmlAfterHeading() {
    return lesson.html().substring(headingEnd());
  }

  private int headingEnd() {
    int end = lesson.html().indexOf("</h1>");
    return end < 0 ? 0 : end + "</h1>".length();
  }

  /** Null unless the viewer is a trainer, coordinator or admin and the lesson has notes. */
  public String getTrainerNotesHtml() {
    return trainerNotesHtml;
  }

  public List<String> getCourseLanguages() {
    return courseLanguages;
  }

  public String getState() {
    return state;
  }

  public boolean isCompleted() {
    return "completed".equals(state);
  }

  public int getSecondsSpent() {
    return secondsSpent;
  }

  public String getTimeSpent() {
    return String.format("%d:%02d", secondsSpent / 60, secondsSpent % 60);
  }

  public int getCoursePercent() {
    return coursePercent;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  /** The language the course title is shown in: the page's, or English where it has none. */
  public String getCourseTitleLanguage() {
    return courseTitleLanguage;
  }

  /** The course's modules and lessons with this learner's state of each, for the outline. */
  public List<LessonOutline.Module> getOutline() {
    return outlineShown;
  }

  /**
   * The language of a module's or lesson's title: the page's, or English where it has no
   * translation, so that screen readers pronounce it right.
   */
  public String languageOf(String moduleOrLessonId) {
    return textLanguages.getOrDefault(moduleOrLessonId, "en");
  }
}
