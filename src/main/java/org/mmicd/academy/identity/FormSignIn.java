package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.platform.web.FormSizeLimit;

/**
 * Form sign-in for the pages. {@code @Typed} hides it from CDI as a mechanism of its own; {@link
 * SignInMechanism} delegates to it. The credential (a password, or a sign-in link's secret) comes
 * from the sign-in page's or the link page's bean through {@code SecurityContext.authenticate}.
 *
 * <p>Who signed in is kept in the web session as a plain attribute, not with
 * {@code @AutoApplySession}: the container's own session principal loses its groups when the
 * session moves to another instance of a cluster, and the person would be refused every page there.
 */
@ApplicationScoped
@Typed(FormSignIn.class)
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class FormSignIn implements HttpAuthenticationMechanism {

  /** The session attribute that holds the {@link SignedIn} caller. */
  static final String SIGNED_IN = "mmicd.signed-in";

  /** Set on the new, anonymous session of one that ended with a password change elsewhere. */
  static final String SESSION_ENDED = "mmicd.session-ended";

  /** The caller and their groups at sign-in, as the session keeps them between requests. */
  record SignedIn(String caller, Set<String> groups, Instant at) implements Serializable {}

  @Inject PasswordSignIn passwordSignIn;
  @Inject AccountService accounts;
  @Inject IdentityStoreHandler identityStore;
  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential password) {
      PasswordSignIn.Outcome outcome = passwordSignIn.attempt(password, request);
      if (outcome.valid()) {
        return signIn(outcome.result(), request, context);
      }
      if (outcome.refused()) {
        request.setAttribute(PasswordSignIn.REFUSAL, outcome);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (credential instanceof SignInLinkCredential link) {
      // No guessing protection needed: a link's secret has 256 random bits.
      CredentialValidationResult result = identityStore.validate(link);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? signIn(result, request, context)
          : AuthenticationStatus.SEND_FAILURE;
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      CredentialValidationResult result, HttpServletRequest request, HttpMessageContext context) {
    // A new session id at the moment of sign-in defeats session fixation.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SignedIn signedIn =
        new SignedIn(
            result.getCallerPrincipal().getName(),
            Set.copyOf(result.getCallerGroups()),
            clock.instant());
    request.getSession().setAttribute(SIGNED_IN, signedIn);
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Signs in the caller the session remembers, on whichever instance the session lives now. Called
   * by {@link SignInMechanism} before this mechanism, since {@code @LoginToContinue} would send a
   * request for a protected page to the sign-in page without asking.
   */
  Optional<AuthenticationStatus> resume(HttpServletRequest request, HttpMessageContext context) {
    if (context.getAuthParameters().getCredential() != null) {
      return Optional.empty();
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      // The account is read once here and kept for the request (CurrentUser), so that checking the
      // session costs no statement of its own.
      Optional<Person> caller = accounts.findByEmail(signedIn.caller());
      if (caller.isPresent() && caller.get().sessionEnded(signedIn.at())) {
        // The password changed after this session signed in (ASVS 3.3.3): it goes on anonymous,
        // and the sign-in page says why.
        Object language = session.getAttribute(FormSizeLimit.LANGUAGE);
        session.invalidate();
        HttpSession anonymous = request.getSession();
        anonymous.setAttribute(SESSION_ENDED, Boolean.TRUE);
        if (language != null) {
          // The sign-in page speaks the language the learner had chosen.
          anonymous.setAttribute(FormSizeLimit.LANGUAGE, language);
        }
        return Optional.empty();
      }
      caller.ifPresent(person -> CurrentUser.signedInAs(request, person));
      return Optional.of(context.notifyContainerAboutLogin(signedIn.caller(), signedIn.groups()));
    }
    return Optional.empty();
  }

  /**
   * Keeps the request's own session signed in after its password changed at {@code changedAt},
   * while the account's other sessions end.
   */
  static void renew(HttpServletRequest request, Instant changedAt) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
      SignedIn renewed = new SignedIn(signedIn.caller(), signedIn.groups(), changedAt);
      session.setAttribute(SIGNED_IN, renewed);
    }
  }
}
