package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.mmicd.academy.platform.ProblemExceptionMapper;

/**
 * The application's one authentication mechanism (Jakarta Security allows one). API calls under
 * {@code /api} authenticate per request with a Bearer token or HTTP Basic and get 401, never a
 * redirect; everything else is handed to {@link FormSignIn}.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String REALM = "MMICD Academy";

  @Inject IdentityStoreHandler identityStore;
  @Inject FormSignIn formSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    if (!isApi(request)) {
      return formSignIn.validateRequest(request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null || authorization.isBlank()) {
      // Anonymous: public resources answer; @RolesAllowed ones turn into a 401 problem with the
      // WWW-Authenticate challenge in ProblemExceptionMapper, where the body can be written once.
      return context.doNothing();
    }
    CredentialValidationResult result = identityStore.validate(credentialFrom(authorization));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    return challenge(response, ProblemExceptionMapper.triedBasic(request));
  }

  private static jakarta.security.enterprise.credential.Credential credentialFrom(
      String authorization) {
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

  private static AuthenticationStatus challenge(HttpServletResponse response, boolean basic) {
    response.addHeader(
        "WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
    if (basic) {
      response.addHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
    }
    try {
      response.setStatus(401);
      response.setContentType("application/problem+json");
      response
          .getOutputStream()
          .write(
              ("{\"type\":\"urn:mmicd:problem:invalid-credentials\",\"title\":\"Unauthorized\","
                      + "\"status\":401,"
                      + "\"detail\":\"The credentials sent are not valid: unknown or revoked token, or wrong"
                      + " e-mail or password.\"}")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
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

  private static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api/");
  }
}
