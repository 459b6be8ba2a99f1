package org.mmicd.academy.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.ProblemExceptionMapper;

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
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  /** A new token's name and how many days it works (1 to 365; 90 when not given). */
  public record TokenRequest(
      @NotBlank(message = "give the token a name") @Size(max = 100) String name,
      @Min(value = 1, message = "must be between 1 and 365")
          @Max(value = AccessTokenService.MAX_DAYS, message = "must be between 1 and 365")
          Integer expiresInDays) {}

  public record TokenView(
      long id,
      String name,
      String prefix,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt,
      Instant expiresAt) {
    static TokenView of(AccessToken token) {
      return new TokenView(
          token.id(),
          token.name(),
          token.tokenPrefix(),
          token.createdAt(),
          token.lastUsedAt(),
          token.revokedAt(),
          token.expiresAt());
    }
  }

  /** Shown once: the secret cannot be read again. */
  public record IssuedTokenView(
      long id, String name, String token, Instant createdAt, Instant expiresAt) {}

  public record RegistrationSetting(@NotNull(message = "open is required") Boolean open) {}

  /**
   * The answer to a self-registration, the same whether the address was new or not: a mail has gone
   * to it either way.
   */
  public record RegistrationReceived(String email, String detail) {}

  @POST
  @Path("accounts")
  @PermitAll
  public Response register(
      @NotNull(message = "a JSON body is required") @Valid Registration registration) {
    accounts.registerLearner(registration);
    String email = Person.normaliseEmail(registration.email());
    return Response.status(Response.Status.CREATED)
        .entity(
            new RegistrationReceived(
                email,
                DomainException.format(
                    ProblemExceptionMapper.locale(headers, request), "register.received", email)))
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
    if (currentUser.signedInWithToken()) {
      // A stolen token must not make its thief a token that outlives the stolen one's revocation.
      throw DomainException.forbidden("error.token.not-with-token");
    }
    AccessTokenService.IssuedToken issued =
        tokens.issue(currentUser.get(), request.name(), request.expiresInDays());
    return Response.status(Response.Status.CREATED)
        .entity(
            new IssuedTokenView(
                issued.token().id(),
                issued.token().name(),
                issued.secret(),
                issued.token().createdAt(),
                issued.token().expiresAt()))
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
