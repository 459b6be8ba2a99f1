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

  /** The first wait after repeated failed sign-ins; each further failure doubles it. */
  public java.time.Duration signInDelayBase() {
    return java.time.Duration.ofMillis(
        config.getOptionalValue("mmicd.signin.delay.base.ms", Long.class).orElse(1000L));
  }

  /** How long an account or address stays locked after too many failed sign-ins. */
  public java.time.Duration signInLockDuration() {
    return java.time.Duration.ofMinutes(
        config.getOptionalValue("mmicd.signin.lock.minutes", Long.class).orElse(15L));
  }

  /** Failed sign-ins to one account (from anywhere) that lock it. */
  public int signInAccountLockAfter() {
    return config.getOptionalValue("mmicd.signin.account.lock.after", Integer.class).orElse(10);
  }

  /** Failed sign-ins from one address (to any account) that lock it. */
  public int signInAddressLockAfter() {
    return config.getOptionalValue("mmicd.signin.address.lock.after", Integer.class).orElse(50);
  }

  /** Password checks (about 50 ms of CPU each) that may run at once on this instance. */
  public int concurrentPasswordChecks() {
    return config
        .getOptionalValue("mmicd.signin.concurrent.checks", Integer.class)
        .filter(n -> n > 0)
        .orElse(2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * Addresses of reverse proxies whose X-Forwarded-For header is believed (comma-separated); from
   * anyone else the header is ignored, so that a client cannot choose the address it is counted
   * under.
   */
  public java.util.Set<String> trustedProxies() {
    return config
        .getOptionalValue("mmicd.trusted.proxies", String.class)
        .map(
            list ->
                java.util.Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()))
        .orElse(java.util.Set.of());
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
   * An absolute address in the REST API, such as {@code
   * https://academy.example.org/api/v1/sessions/7}, built from {@link #publicUrl()}: never from the
   * request's Host header, which a client chooses.
   */
  public java.net.URI apiUri(String path) {
    return java.net.URI.create(publicUrl() + "/api/v1/" + path);
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
