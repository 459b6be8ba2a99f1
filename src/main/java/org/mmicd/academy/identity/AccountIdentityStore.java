package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one identity store: passwords (pages, HTTP Basic), access tokens (API) and sign-in links
 * (pages) alike.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;
  @Inject AccessTokenService tokens;
  @Inject SignInLinks links;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<Person> person = Optional.empty();
    if (credential instanceof UsernamePasswordCredential password) {
      person = accounts.authenticate(password.getCaller(), password.getPasswordAsString());
    } else if (credential instanceof AccessTokenCredential token) {
      person = tokens.authenticate(token.secret());
    } else if (credential instanceof SignInLinkCredential link) {
      person = links.use(link.secret()).map(SignInLink::person);
    } else {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return person
        .map(
            p ->
                new CredentialValidationResult(
                    new AccountPrincipal(p),
                    p.roles().stream().map(Enum::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  @Override
  public Set<ValidationType> validationTypes() {
    return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
  }
}
