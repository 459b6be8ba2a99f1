package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.mmicd.academy.platform.ProblemException;

/** The person behind the current request, looked up once per request. */
@RequestScoped
public class CurrentUser {

  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;

  private Person person;

  public Optional<Person> find() {
    if (person == null) {
      Principal principal = securityContext.getCallerPrincipal();
      if (principal != null) {
        person = accounts.findByEmail(principal.getName()).orElse(null);
      }
    }
    return Optional.ofNullable(person);
  }

  public Person get() {
    return find()
        .orElseThrow(() -> new ProblemException(401, "Unauthorized", "Sign in to do this."));
  }

  public boolean signedIn() {
    return find().isPresent();
  }

  public boolean hasRole(Role role) {
    return find().map(p -> p.hasRole(role)).orElse(false);
  }
}
