package org.mmicd.academy.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mmicd.academy.platform.DomainException;

/** Admins give coordinators the countries they report on. */
@Path("admin/coordinators/{email}/scope")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class CoordinatorScopeResource {

  @Inject CoordinatorScopes scopes;
  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;

  /** Every country ({@code allCountries: true}), or the countries listed. */
  public record ScopeView(String email, boolean allCountries, List<String> countries) {
    static ScopeView of(String email, CoordinatorScope scope) {
      return new ScopeView(
          email, scope.allCountries(), scope.countries().stream().sorted().toList());
    }
  }

  public record ScopeRequest(Boolean allCountries, List<String> countries) {}

  @GET
  public ScopeView scope(@PathParam("email") String email) {
    Person coordinator =
        accounts
            .findByEmail(email)
            .orElseThrow(() -> DomainException.notFound("error.identity.noAccount", email));
    return scopes
        .findScope(coordinator)
        .map(s -> ScopeView.of(coordinator.email(), s))
        .orElse(new ScopeView(coordinator.email(), false, List.of()));
  }

  @PUT
  public ScopeView assign(
      @PathParam("email") String email,
      @NotNull(message = "a JSON body with allCountries or countries is required") @Valid
          ScopeRequest request) {
    CoordinatorScope scope =
        scopes.assign(
            currentUser.get(),
            email,
            Boolean.TRUE.equals(request.allCountries()),
            request.countries());
    return ScopeView.of(Person.normaliseEmail(email), scope);
  }
}
