package org.mmicd.academy.learning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.mmicd.academy.identity.Role;

/** Admins check that the progress kept for reports equals a full recount, and recount it. */
@Path("admin/progress-counters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ProgressCounterResource {

  @Inject ProgressCounters counters;

  public record Recount(int changed) {}

  @GET
  public ProgressCounters.Check check() {
    return counters.check();
  }

  @POST
  @Path("recount")
  public Recount recount() {
    return new Recount(counters.recount());
  }
}
