package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form sign-in for the pages. {@code @Typed} hides it from CDI as a mechanism of its own; {@link
 * SignInMechanism} delegates to it. The credential comes from the sign-in page's bean through
 * {@code SecurityContext.authenticate}.
 */
@ApplicationScoped
@Typed(FormSignIn.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class FormSignIn implements HttpAuthenticationMechanism {

  @Inject PasswordSignIn passwordSignIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      PasswordSignIn.Outcome outcome = passwordSignIn.attempt(password, request);
      if (outcome.valid()) {
        // A new session id at the moment of sign-in defeats session fixation.
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        return context.notifyContainerAboutLogin(outcome.result());
      }
      if (outcome.refused()) {
        request.setAttribute(PasswordSignIn.REFUSAL, outcome);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    return context.doNothing();
  }
}
