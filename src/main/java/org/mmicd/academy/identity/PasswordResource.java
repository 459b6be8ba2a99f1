package org.mmicd.academy.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.platform.DomainException;

/** The caller's own password. */
@Path("me/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

  @Inject PasswordChange passwordChange;
  @Inject CurrentUser currentUser;
  @Context HttpServletRequest request;

  public record NewPassword(String currentPassword, String newPassword) {}

  @PUT
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Response change(@NotNull(message = "a JSON body is required") NewPassword body) {
    if (currentUser.signedInWithToken()) {
      // A stolen token must not become the account itself.
      throw DomainException.forbidden("error.account.password-not-with-token");
    }
    passwordChange.change(currentUser.get(), body.currentPassword(), body.newPassword(), request);
    return Response.noContent().build();
  }
}
