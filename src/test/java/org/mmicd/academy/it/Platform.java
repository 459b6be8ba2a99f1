package org.mmicd.academy.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged WAR on Payara Micro, started once per test JVM and shared by every integration test
 * class of that JVM. Failsafe forks one JVM per database, so there is one boot per database however
 * many test classes join. A real SMTP server (GreenMail) listens before Payara boots, and both take
 * free ports, so two builds on one machine do not collide.
 *
 * <p>The configuration of the application comes from the environment failsafe gives this JVM
 * (MMICD_DB_URL and the rest); the ports are the only values set here.
 */
public final class Platform implements BeforeAllCallback {

  private static final Duration BOOT_LIMIT = Duration.ofMinutes(5);

  private static Running running;
  private static RuntimeException failedStart;

  /** The application root, such as {@code http://127.0.0.1:40123/}. */
  public static URI root() {
    if (running == null) {
      throw new IllegalStateException("Add @ExtendWith(Platform.class) to the test class");
    }
    return running.root;
  }

  /** The REST API as an anonymous caller. */
  public static Api api() {
    return Api.anonymous(root());
  }

  static GreenMail mail() {
    return running.mail;
  }

  /** The server's own log of this run, for tests that look for what the application wrote. */
  public static Path log() {
    return running.log;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (Platform.class) {
      if (failedStart != null) {
        throw failedStart;
      }
      if (running == null) {
        try {
          running = Running.start();
        } catch (RuntimeException e) {
          // Every later test class of this JVM fails at once with the same cause, not a new boot.
          failedStart = e;
          throw e;
        }
        // The root store closes its resources when the whole test run of this JVM ends.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Platform.class, running);
      }
    }
  }

  private static final class Running implements ExtensionContext.Store.CloseableResource {

    final URI root;
    final GreenMail mail;
    final Process payara;
    final Path log;

    private Running(URI root, GreenMail mail, Process payara, Path log) {
      this.root = root;
      this.mail = mail;
      this.payara = payara;
      this.log = log;
    }

    static Running start() throws Exception {
      int smtpPort = freePort();
      GreenMail mail =
          new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
              .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      mail.start();

      int httpPort = freePort();
      String database = System.getProperty("it.database", "H2").toLowerCase();
      Path log = Path.of("target", "it-logs", "payara-" + database + ".log");
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command(httpPort));
      builder.environment().put("MMICD_SMTP_HOST", "127.0.0.1");
      builder.environment().put("MMICD_SMTP_PORT", Integer.toString(smtpPort));
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process payara = builder.start();
      Running running =
          new Running(URI.create("http://127.0.0.1:" + httpPort + "/"), mail, payara, log);
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
      running.awaitReady();
      return running;
    }

    private static List<String> command(int httpPort) {
      String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
      String war = System.getProperty("mmicd.war", "target/mmicd-academy.war");
      for (String file : List.of(jar, war)) {
        if (!new File(file).isFile()) {
          throw new IllegalStateException(
              "Build it first (mvn package): " + new File(file).getAbsolutePath());
        }
      }
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      for (String option : System.getProperty("payara.jvmOptions", "-Xmx512m").split("\\s+")) {
        if (!option.isBlank()) {
          command.add(option);
        }
      }
      command.addAll(
          List.of(
              "-jar",
              jar,
              "--deploy",
              war,
              "--contextroot",
              "/",
              "--port",
              Integer.toString(httpPort),
              "--nohazelcast"));
      return command;
    }

    private void awaitReady() throws InterruptedException {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
      while (System.nanoTime() < deadline) {
        if (!payara.isAlive()) {
          throw new IllegalStateException(
              "Payara Micro stopped while starting (exit " + payara.exitValue() + "):\n" + tail());
        }
        boolean booted = tail().contains(" ready in ");
        if (answers(http, "health/ready") && answers(http, "api/v1/courses")) {
          return;
        }
        if (booted) {
          // Payara is up, so the application failed to deploy: say why now, not in five minutes.
          Thread.sleep(3_000);
          if (!answers(http, "api/v1/courses")) {
            stop();
            throw new IllegalStateException("The WAR did not deploy:\n" + errors());
          }
        }
        Thread.sleep(500);
      }
      stop();
      throw new IllegalStateException("Payara Micro was not ready within " + BOOT_LIMIT + tail());
    }

    private boolean answers(HttpClient http, String path) throws InterruptedException {
      try {
        HttpRequest request =
            HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
      } catch (IOException notYet) {
        return false;
      }
    }

    /** The lines of the log that say what went wrong. */
    private String errors() {
      try {
        return String.join(
            "\n",
            Files.readAllLines(log).stream()
                .filter(l -> l.contains("SEVERE") || l.contains("Exception Description"))
                .limit(20)
                .toList());
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }

    private String tail() {
      try {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }

    synchronized void stop() {
      if (payara.isAlive()) {
        payara.destroy();
        try {
          if (!payara.waitFor(30, TimeUnit.SECONDS)) {
            payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          payara.destroyForcibly();
        }
      }
      mail.stop();
    }

    @Override
    public void close() {
      stop();
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        socket.setReuseAddress(true);
        return socket.getLocalPort();
      }
    }
  }
}
