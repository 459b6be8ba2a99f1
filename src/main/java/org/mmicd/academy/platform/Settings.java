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
}
