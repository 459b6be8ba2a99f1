package org.mmicd.academy.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/** The signed-in person's own courses, most recently active first. */
@Path("me/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MyEnrollmentsResource {

  @Inject LearningService learning;
  @Inject CurrentUser currentUser;

  @GET
  public List<EnrollmentView> myEnrollments(@QueryParam("lang") String lang) {
    Person learner = currentUser.get();
    return learning.views(
        learning.enrollmentsOf(learner), EnrollmentResource.language(lang, learner));
  }
}
