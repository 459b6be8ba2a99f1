package org.mmicd.academy.webinars;

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

/** The sessions the signed-in person is registered for or waiting for, soonest first. */
@Path("me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MySessionsResource {

  @Inject RegistrationService registrations;
  @Inject SessionViews views;
  @Inject CurrentUser currentUser;

  @GET
  public List<SessionView> mySessions(@QueryParam("tz") String tz) {
    Person person = currentUser.get();
    return views.of(
        registrations.of(person).stream().map(SessionRegistration::session).toList(),
        person,
        LiveSessionResource.zone(tz, person));
  }
}
