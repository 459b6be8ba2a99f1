package org.mmicd.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.mmicd.academy.platform.ClientAddress;
import org.mmicd.academy.platform.DatabaseOutage;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Settings;

/**
 * One sign-in with e-mail and password, for the form and for HTTP Basic alike: refused without a
 * check while the account or the address must wait ({@link SignInGuard}), refused as busy when too
 * many checks run at once ({@link PasswordChecks}), otherwise checked and counted.
 */
@ApplicationScoped
public class PasswordSignIn {

  /** The request attribute in which a refused form sign-in leaves its {@link Outcome}. */
  public static final String REFUSAL = "mmicd.sign-in.refusal";

  private static final Logger LOG = Logger.getLogger(PasswordSignIn.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(2);

  @Inject IdentityStoreHandler identityStore;
  @Inject SignInGuard guard;
  @Inject Settings settings;

  private PasswordChecks checks;

  @PostConstruct
  void configure() {
    checks = new PasswordChecks(settings.concurrentPasswordChecks(), PATIENCE);
  }

  /** What became of a sign-in: valid, invalid, or refused before or instead of the check. */
  public record Outcome(
      CredentialValidationResult result, DomainException refusal, long retryAfterSeconds) {

    public boolean valid() {
      return result != null && result.getStatus() == CredentialValidationResult.Status.VALID;
    }

    public boolean refused() {
      return refusal != null;
    }
  }

  public Outcome attempt(UsernamePasswordCredential credential, HttpServletRequest request) {
    String email = credential.getCaller();
    String address = ClientAddress.of(request, settings.trustedProxies());
    try {
      Optional<SignInGuard.Refusal> wait = guard.refusal(email, address);
      if (wait.isPresent()) {
        return new Outcome(null, wait.get().problem(), wait.get().retryAfterSeconds());
      }
      Optional<CredentialValidationResult> checked =
          checks.run(() -> identityStore.validate(credential));
      if (checked.isEmpty()) {
        LOG.warning("Too many password checks at once: a sign-in was turned away as busy");
        return new Outcome(null, DomainException.unavailable("error.sign-in.busy"), 1);
      }
      if (checked.get().getStatus() == CredentialValidationResult.Status.VALID) {
        guard.succeeded(email);
      } else {
        guard.failed(email, address);
      }
      return new Outcome(checked.get(), null, 0);
    } catch (RuntimeException e) {
      if (DatabaseOutage.causes(e)) {
        LOG.warning(() -> "Sign-in while the database cannot be reached: " + e);
        return new Outcome(
            null,
            DomainException.unavailable("error.api.database-down"),
            DatabaseOutage.RETRY_AFTER_SECONDS);
      }
      throw e;
    }
  }
}
