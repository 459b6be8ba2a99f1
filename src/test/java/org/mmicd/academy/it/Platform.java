package org.mmicd.academy.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    final PayaraProcess payara;
    final Path log;

    private Running(GreenMail mail, PayaraProcess payara) {
      this.root = payara.root();
      this.mail = mail;
      this.payara = payara;
      this.log = payara.log();
    }

    static Running start() throws Exception {
      int smtpPort = PayaraProcess.freePort();
      GreenMail mail =
          new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
              .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      mail.start();
      String database = System.getProperty("it.database", "H2").toLowerCase();
      Path log = Path.of("target", "it-logs", "payara-" + database + ".log");
      Files.deleteIfExists(log);
      try {
        PayaraProcess payara =
            PayaraProcess.start(
                database,
                Map.of(
                    "MMICD_SMTP_HOST", "127.0.0.1", "MMICD_SMTP_PORT", Integer.toString(smtpPort)));
        Running running = new Running(mail, payara);
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
        return running;
      } catch (Exception e) {
        mail.stop();
        throw e;
      }
    }

    synchronized void stop() {
      payara.stop();
      mail.stop();
    }

    @Override
    public void close() {
      stop();
    }
  }
}
