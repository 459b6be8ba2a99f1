package org.mmicd.academy.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Accounts and addresses that failed to sign in too often, for admins: who is locked or must wait,
 * until when, and lifting a lock (the account or address starts again with no failures).
 */
@Path("admin/sign-in-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class SignInLockResource {

  @Inject SignInGuard guard;
  @Inject CurrentUser currentUser;

  /**
   * One account or address that must wait.
   *
   * @param kind {@code account} or {@code address}
   * @param locked true for a lock (too many failures), false for a growing delay before it
   * @param waiting true while tries are refused, false once {@code blockedUntil} has passed
   */
  public record LockView(
      String kind,
      String subject,
      int failures,
      boolean locked,
      boolean waiting,
      Instant lastFailureAt,
      Instant blockedUntil) {}

  /** Locked or slowed now, or within the last lock period. */
  @GET
  public List<LockView> locks() {
    Instant now = guard.now();
    return guard.current().stream()
        .map(
            l ->
                new LockView(
                    l.kind(),
                    l.subject(),
                    l.failures(),
                    guard.locks(l),
                    l.blockedUntil().isAfter(now),
                    l.lastFailureAt(),
                    l.blockedUntil()))
        .toList();
  }

  @DELETE
  @Path("{kind: account|address}/{subject}")
  public Response lift(@PathParam("kind") String kind, @PathParam("subject") String subject) {
    guard.lift(kind, subject, currentUser.get());
    return Response.noContent().build();
  }
}
