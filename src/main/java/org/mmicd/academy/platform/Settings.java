package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Operator configuration. Each key is read from a system property ({@code mmicd.demo}) or the
 * matching environment variable ({@code MMICD_DEMO}), the MicroProfile Config way.
 */
@ApplicationScoped
public class Settings {

  @Inject Config config;

  public boolean demoMode() {
    return config.getOptionalValue("mmicd.demo", Boolean.class).orElse(false);
  }

  /** How many generated learners the demo data set holds. */
  public int demoLearners() {
    return config.getOptionalValue("mmicd.demo.learners", Integer.class).orElse(240);
  }

  public Optional<Path> contentDirectory() {
    return config
        .getOptionalValue("mmicd.content.dir", String.class)
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }

  public Optional<String> adminEmail() {
    return config.getOptionalValue("mmicd.admin.email", String.class).filter(s -> !s.isBlank());
  }

  public Optional<String> adminPassword() {
    return config.getOptionalValue("mmicd.admin.password", String.class).filter(s -> !s.isBlank());
  }

  /** How long after a quiz's deadline a submit is still accepted (network delays). */
  public java.time.Duration quizGrace() {
    return java.time.Duration.ofSeconds(
        config.getOptionalValue("mmicd.quiz.grace.seconds", Integer.class).orElse(30));
  }

  public int passwordHashIterations() {
    return config.getOptionalValue("mmicd.password.iterations", Integer.class).orElse(210_000);
  }

  /** Where people reach the platform, for links in e-mails and calendar entries. */
  public String publicUrl() {
    String url =
        config
            .getOptionalValue("mmicd.public.url", String.class)
            .filter(s -> !s.isBlank())
            .orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /**
   * The operator's Ed25519 private key (PKCS#8, PEM or DER) that signs certificate credentials;
   * without it the platform generates one and keeps it in the database.
   */
  public Optional<Path> signingKeyFile() {
    return config
        .getOptionalValue("mmicd.signing.key.file", String.class)
        .filter(s -> !s.isBlank())
        .map(Path::of);
  }

  /** The SMTP server mail goes through; without one, mail stays in the outbox for admins. */
  public Optional<String> smtpHost() {
    return config.getOptionalValue("mmicd.smtp.host", String.class).filter(s -> !s.isBlank());
  }

  public int smtpPort() {
    return config.getOptionalValue("mmicd.smtp.port", Integer.class).orElse(587);
  }

  public Optional<String> smtpUser() {
    return config.getOptionalValue("mmicd.smtp.user", String.class).filter(s -> !s.isBlank());
  }

  public Optional<String> smtpPassword() {
    return config.getOptionalValue("mmicd.smtp.password", String.class).filter(s -> !s.isBlank());
  }

  /** The sender, an address or {@code Name <address>}. */
  public String smtpFrom() {
    return config
        .getOptionalValue("mmicd.smtp.from", String.class)
        .filter(s -> !s.isBlank())
        .orElse("MMICD Academy <no-reply@localhost>");
  }

  /** {@code starttls} (required, the default), {@code ssl} (implicit TLS) or {@code none}. */
  public String smtpTls() {
    return config
        .getOptionalValue("mmicd.smtp.tls", String.class)
        .map(s -> s.strip().toLowerCase(java.util.Locale.ROOT))
        .filter(s -> !s.isBlank())
        .orElse("starttls");
  }
}
