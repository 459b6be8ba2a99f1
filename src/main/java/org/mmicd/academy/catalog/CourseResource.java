package org.mmicd.academy.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/** The catalogue: anyone may browse courses; lessons are for signed-in people. */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

  @Inject CatalogService catalog;
  @Inject LessonRenderer renderer;
  @Inject CurrentUser currentUser;

  @GET
  @PermitAll
  public List<CatalogViews.CourseSummary> courses(@QueryParam("lang") String lang) {
    return catalog.courses().stream()
        .map(c -> CatalogViews.summary(c, catalog.modulesOf(c), language(lang)))
        .toList();
  }

  @GET
  @Path("{id}")
  @PermitAll
  public CatalogViews.CourseDetail course(
      @PathParam("id") String id, @QueryParam("lang") String lang) {
    Course course = catalog.getCourse(id);
    return CatalogViews.detail(course, catalog.modulesOf(course), language(lang));
  }

  @GET
  @Path("{id}/lessons/{lessonId}")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CatalogViews.LessonContent lesson(
      @PathParam("id") String id,
      @PathParam("lessonId") String lessonId,
      @QueryParam("lang") String lang) {
    Course course = catalog.getCourse(id);
    Lesson lesson = catalog.getLesson(course, lessonId);
    return CatalogViews.content(
        course, catalog.modulesOf(course), lesson, language(lang), renderer);
  }

  private String language(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested.strip().toLowerCase();
    }
    return currentUser.find().map(Person::language).orElse("en");
  }
}
