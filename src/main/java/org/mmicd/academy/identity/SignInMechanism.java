package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.mmicd.academy.platform.DatabaseOutage;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.ProblemExceptionMapper;
import org.mmicd.academy.platform.ProblemWriter;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). API calls under
 * {@code /api} authenticate per request with a Bearer token or HTTP Basic and get 401, never a
 * redirect; everything else is handed to {@link FormSignIn}.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "MMICD Academy";

  /** The request attribute that marks a caller signed in with an access token. */
  public static final String TOKEN_SIGN_IN = "mmicd.sign-in.token";

  @Inject IdentityStoreHandler identityStore;
  @Inject PasswordSignIn passwordSignIn;
  @Inject FormSignIn formSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!isApi(request)) {
      Optional<AuthenticationStatus> resumed = formSignIn.resume(request, context);
      return resumed.isPresent()
          ? resumed.get()
          : formSignIn.validateRequest(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      // Anonymous: public resources answer; @RolesAllowed ones turn into a 401 problem with the
      // WWW-Authenticate challenge in ProblemExceptionMapper, where the body can be written once.
      return context.doNothing();
    }
    Credential credential = credentialFrom(authorization);
    if (credential instanceof UsernamePasswordCredential password) {
      PasswordSignIn.Outcome outcome = passwordSignIn.attempt(password, request);
      if (outcome.refused()) {
        return refuse(request, response, outcome);
      }
      return outcome.valid()
          ? context.notifyContainerAboutLogin(outcome.result())
          : challenge(request, response);
    }
    CredentialValidationResult result;
    try {
      result = identityStore.validate(credential);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causes(e)) {
        throw e;
      }
      return refuse(
          request,
          response,
          new PasswordSignIn.Outcome(
              null,
              DomainException.unavailable("error.api.database-down"),
              DatabaseOutage.RETRY_AFTER_SECONDS));
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      request.setAttribute(TOKEN_SIGN_IN, Boolean.TRUE);
      if (result.getCallerPrincipal() instanceof AccountPrincipal account) {
        CurrentUser.signedInAs(request, account.person());
      }
      return context.notifyContainerAboutLogin(result);
    }
    return challenge(request, response);
  }

  /** Too many failures (429) or no capacity to check now (503): wait and try again. */
  private static AuthenticationStatus refuse(
      HttpServletRequest request, HttpServletResponse response, PasswordSignIn.Outcome outcome) {
    try {
      response.setHeader("Retry-After", Long.toString(outcome.retryAfterSeconds()));
      ProblemWriter.write(response, ProblemWriter.problem(outcome.refusal(), request));
    } catch (IOException e) {
      // the client went away; the status is already set
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static Credential credentialFrom(String authorization) {
    String header = authorization.strip();
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return new AccessTokenCredential(header.substring(7).strip());
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon > 0) {
          return new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException malformed) {
        // falls through to an invalid credential
      }
    }
    return new AccessTokenCredential("");
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response) {
    response.addHeader(
        "WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
    if (ProblemExceptionMapper.triedBasic(request)) {
      response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    try {
      ProblemWriter.write(
          response,
          ProblemWriter.problem(
              DomainException.unauthenticated("error.sign-in.invalid-credentials"), request));
    } catch (IOException e) {
      // the client went away; the status is already set
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (isApi(request)) {
      return AuthenticationStatus.SUCCESS;
    }
    return formSignIn.secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      context.cleanClientSubject();
    } else {
      formSignIn.cleanSubject(request, response, context);
    }
  }

  /** The REST API, and the server's metrics, which Payara serves in this application. */
  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || MetricsGate.covers(path);
  }
}
