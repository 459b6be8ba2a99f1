package org.mmicd.academy.learning;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.CatalogViews;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.catalog.LessonRenderer;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;

/**
 * The lesson page: shows a lesson, records that it was opened, how long it was read (reported by
 * the page every half minute while visible) and when the learner marks it complete.
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
  private Long enrollmentId;
  private String state = "not_started";
  private int secondsSpent;
  private int coursePercent;
  private String problem;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    Optional<Course> course = courseId == null ? Optional.empty() : catalog.findCourse(courseId);
    if (course.isEmpty()) {
      problem = "course.notFound";
      return;
    }
    Person learner = currentUser.get();
    Optional<Enrollment> enrollment =
        learning
            .findEnrollment(learner, courseId)
            .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN);
    if (enrollment.isEmpty()) {
      problem = "lesson.notEnrolled";
      return;
    }
    Lesson found;
    try {
      found = catalog.getLesson(course.get(), lessonId);
    } catch (DomainException notFound) {
      problem = "lesson.notFound";
      return;
    }
    courseLanguages = course.get().languages();
    String language = lang != null && !lang.isBlank() ? lang : userSession.getLanguage();
    lesson =
        CatalogViews.content(
            course.get(), catalog.modulesOf(course.get()), found, language, renderer);
    if (seesTrainerNotes(learner)) {
      trainerNotesHtml = CatalogViews.trainerNotesHtml(found, language, renderer).orElse(null);
    }
    enrollmentId = enrollment.get().id();
    report("in_progress", 0);
  }

  /** Model answers and rubrics of capstones are for the people who assess them, not learners. */
  private static boolean seesTrainerNotes(Person person) {
    return person.hasRole(Role.TRAINER)
        || person.hasRole(Role.COORDINATOR)
        || person.hasRole(Role.ADMIN);
  }

  /** Called by the page every 30 seconds of visible reading, and before leaving. */
  public void reportTime() {
    String seconds =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("seconds");
    int value = parseSeconds(seconds);
    if (value > 0) {
      report(state.equals("completed") ? "completed" : "in_progress", value);
    }
  }

  public void markComplete() {
    String seconds =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("seconds");
    report("completed", parseSeconds(seconds));
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

  public String getProblem() {
    return problem;
  }
}
