package org.mmicd.academy.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Admins drain the instance that answers (call it on the instance's own address, not through the
 * load balancer): {@code POST} starts draining, {@code GET} tells how many requests are left.
 */
@Path("admin/instance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN") // identity's Role.ADMIN; the platform names roles only as the container does
public class DrainResource {

  @Inject Draining draining;

  @GET
  public Draining.State state() {
    return draining.state();
  }

  @POST
  @Path("drain")
  public Draining.State drain() {
    return draining.start();
  }
}
