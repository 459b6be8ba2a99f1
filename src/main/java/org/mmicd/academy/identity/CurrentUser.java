package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.ProblemExceptionMapper;

/** The person behind the current request, looked up once per request. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;
  @Inject HttpServletRequest request;

  private Person person;

  private static final String SIGNED_IN_AS = "mmicd.sign-in.person";

  /**
   * Keeps the account the sign-in mechanism just read (an access token's owner, a session's
   * caller), for the rest of the request.
   */
  static void signedInAs(HttpServletRequest request, Person person) {
    request.setAttribute(SIGNED_IN_AS, person);
  }

  public Optional<Person> find() {
    if (person == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal != null) {
        person =
            request.getAttribute(SIGNED_IN_AS) instanceof Person known
                    && known.email().equals(principal.getName())
                ? known
                : accounts.findByEmail(principal.getName()).orElse(null);
        if (person != null) {
          request.setAttribute(ProblemExceptionMapper.ACCOUNT_LANGUAGE, person.language());
        }
      }
    }
    return Optional.ofNullable(person);
  }

  public Person get() {
    return find().orElseThrow(() -> DomainException.unauthenticated("error.sign-in-needed"));
  }

  /** True when this request proved who it is with an access token rather than a password. */
  public boolean signedInWithToken() {
    return Boolean.TRUE.equals(request.getAttribute(SignInMechanism.TOKEN_SIGN_IN));
  }

  public boolean signedIn() {
    return find().isPresent();
  }

  public boolean hasRole(Role role) {
    return find().map(p -> p.hasRole(role)).orElse(false);
  }
}
