package org.mmicd.academy.learning;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.CatalogViews;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** A course's page: its modules and rule, and the learner's standing in it. */
@Named
@ViewScoped
public class CoursePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private String id;
  private CatalogViews.CourseDetail course;
  private EnrollmentView enrollment;

  public void load() {
    if (id == null || id.isBlank()) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    Course found = catalog.getCourse(id);
    course = CatalogViews.detail(found, catalog.modulesOf(found), userSession.getLanguage());
    enrollment =
        currentUser
            .find()
            .flatMap(p -> learning.findEnrollment(p, id))
            .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN)
            .map(e -> learning.view(e, userSession.getLanguage()))
            .orElse(null);
  }

  public void enrol() throws IOException {
    Person learner = currentUser.get();
    try {
      learning.enroll(learner, id);
    } catch (DomainException problem) {
      messages.refused(problem);
      return;
    }
    messages.info("course.enrolledNow");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/course.xhtml?id=" + id);
  }

  /** Progress of each lesson for this learner, by lesson id; empty when not enrolled. */
  public Map<String, EnrollmentView.LessonView> getLessonStates() {
    Map<String, EnrollmentView.LessonView> states = new HashMap<>();
    if (enrollment != null) {
      enrollment.modules().forEach(m -> m.lessons().forEach(l -> states.put(l.lessonId(), l)));
    }
    return states;
  }

  /** This learner's standing in each module, by module id; empty when not enrolled. */
  public Map<String, EnrollmentView.ModuleView> getModuleStates() {
    Map<String, EnrollmentView.ModuleView> states = new HashMap<>();
    if (enrollment != null) {
      enrollment.modules().forEach(m -> states.put(m.moduleId(), m));
    }
    return states;
  }

  public String getFirstLessonId() {
    return course == null
            || course.modules().isEmpty()
            || course.modules().get(0).lessons().isEmpty()
        ? null
        : course.modules().get(0).lessons().get(0).id();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public CatalogViews.CourseDetail getCourse() {
    return course;
  }

  public EnrollmentView getEnrollment() {
    return enrollment;
  }
}
