package org.mmicd.academy.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.mmicd.academy.platform.Settings;

/** PBKDF2 with HMAC-SHA256 at 210,000 iterations (OWASP 2023): about 50 ms per check on purpose. */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;
  @Inject Settings settings;

  private String dummyHash;

  @PostConstruct
  void configure() {
    PasswordHashCheck.requireStrong(settings.passwordHashIterations());
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Iterations", Integer.toString(settings.passwordHashIterations()),
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    dummyHash = pbkdf2.generate("not-a-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the same time as a real check, so response times do not reveal which e-mails exist. */
  public void burnTime(String password) {
    pbkdf2.verify(password.toCharArray(), dummyHash);
  }
}
