package org.mmicd.academy.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) on the loopback port the failsafe run gives the application as
 * MMICD_SMTP_PORT. Register it before ArquillianExtension so that it listens before Payara boots.
 */
public final class MailServer implements BeforeAllCallback, AfterAllCallback {

  private static GreenMail greenMail;

  @Override
  public void beforeAll(ExtensionContext context) {
    int port = Integer.parseInt(System.getProperty("it.smtp.port", "32525"));
    greenMail =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /** Waits for the mails to one address whose subject passes the test; fails after a minute. */
  public static List<MimeMessage> awaitMails(
      String recipient, Predicate<String> subject, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      List<MimeMessage> found = mailsTo(recipient, subject);
      if (found.size() >= count) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Expected "
                + count
                + " mail(s) to "
                + recipient
                + " within a minute; received: "
                + subjects(mailsTo(recipient, s -> true)));
      }
      greenMail.waitForIncomingEmail(500, 1);
    }
  }

  public static MimeMessage awaitMail(String recipient, Predicate<String> subject) {
    return awaitMails(recipient, subject, 1).get(0);
  }

  public static List<MimeMessage> mailsTo(String recipient, Predicate<String> subject) {
    return Arrays.stream(greenMail.getReceivedMessages())
        .filter(m -> addressedTo(m, recipient) && subject.test(subjectOf(m)))
        .toList();
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients())
          .anyMatch(a -> a.toString().toLowerCase().contains(recipient.toLowerCase()));
    } catch (MessagingException e) {
      return false;
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      return "";
    }
  }

  private static List<String> subjects(List<MimeMessage> messages) {
    return messages.stream().map(MailServer::subjectOf).toList();
  }
}
