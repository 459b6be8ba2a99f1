package org.mmicd.academy.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** Accounts and personal access tokens. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountService accounts;
  @Inject AccessTokenService tokens;
  @Inject CurrentUser currentUser;
  @Inject org.mmicd.academy.platform.PlatformSettings platformSettings;
  @Context UriInfo uriInfo;

  public record TokenRequest(
      @NotBlank(message = "give the token a name") @Size(max = 100) String name) {}

  public record TokenView(
      long id,
      String name,
      String prefix,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {
    static TokenView of(AccessToken token) {
      return new TokenView(
          token.id(),
          token.name(),
          token.tokenPrefix(),
          token.createdAt(),
          token.lastUsedAt(),
          token.revokedAt());
    }
  }

  /** Shown once: the secret cannot be read again. */
  public record IssuedTokenView(long id, String name, String token, Instant createdAt) {}

  public record RegistrationSetting(@NotNull(message = "open is required") Boolean open) {}

  @POST
  @Path("accounts")
  @PermitAll
  public Response register(
      @NotNull(message = "a JSON body is required") @Valid Registration registration) {
    Person person = accounts.registerLearner(registration);
    return Response.created(uriInfo.getBaseUriBuilder().path("me").build())
        .entity(PersonView.of(person))
        .build();
  }

  @GET
  @Path("me")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public PersonView me() {
    return PersonView.of(currentUser.get());
  }

  @GET
  @Path("me/tokens")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<TokenView> myTokens() {
    return tokens.tokensOf(currentUser.get()).stream().map(TokenView::of).toList();
  }

  @POST
  @Path("me/tokens")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Response issueToken(
      @NotNull(message = "a JSON body is required") @Valid TokenRequest request) {
    AccessTokenService.IssuedToken issued = tokens.issue(currentUser.get(), request.name().strip());
    return Response.status(Response.Status.CREATED)
        .entity(
            new IssuedTokenView(
                issued.token().id(),
                issued.token().name(),
                issued.secret(),
                issued.token().createdAt()))
        .build();
  }

  @DELETE
  @Path("me/tokens/{id}")
  @RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public TokenView revokeToken(@PathParam("id") long id) {
    return TokenView.of(tokens.revoke(id, currentUser.get()));
  }

  @GET
  @Path("admin/settings/self-registration")
  @RolesAllowed(Role.ADMIN_NAME)
  public RegistrationSetting selfRegistration() {
    return new RegistrationSetting(platformSettings.selfRegistrationOpen());
  }

  @PUT
  @Path("admin/settings/self-registration")
  @RolesAllowed(Role.ADMIN_NAME)
  public RegistrationSetting changeSelfRegistration(
      @NotNull(message = "a JSON body is required") @Valid RegistrationSetting setting) {
    platformSettings.setSelfRegistrationOpen(setting.open());
    return new RegistrationSetting(platformSettings.selfRegistrationOpen());
  }
}
