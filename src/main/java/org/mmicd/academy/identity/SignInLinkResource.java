package org.mmicd.academy.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.platform.ClientAddress;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.ProblemExceptionMapper;
import org.mmicd.academy.platform.Settings;

/** "Forgot your password?" for apps: a sign-in link mailed to the address, if it has an account. */
@Path("accounts/sign-in-links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignInLinkResource {

  @Inject AccountService accounts;
  @Inject Settings settings;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  /** The answer, the same whether or not the address has an account. */
  public record LinkRequested(String email, String detail) {}

  @POST
  @PermitAll
  public Response request(
      @NotNull(message = "a JSON body is required") @Valid SignInLinkRequest body) {
    accounts.requestSignInLink(body.email(), ClientAddress.of(request, settings.trustedProxies()));
    String email = Person.normaliseEmail(body.email());
    return Response.accepted(
            new LinkRequested(
                email,
                DomainException.format(
                    ProblemExceptionMapper.locale(headers, request), "forgot.sent", email)))
        .build();
  }
}
