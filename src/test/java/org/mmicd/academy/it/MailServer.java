package org.mmicd.academy.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** What the application sent to the real SMTP server (GreenMail) that {@link Platform} runs. */
public final class MailServer {

  private MailServer() {}

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
      Platform.mail().waitForIncomingEmail(500, 1);
    }
  }

  public static MimeMessage awaitMail(String recipient, Predicate<String> subject) {
    return awaitMails(recipient, subject, 1).get(0);
  }

  public static List<MimeMessage> mailsTo(String recipient, Predicate<String> subject) {
    return Arrays.stream(Platform.mail().getReceivedMessages())
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
