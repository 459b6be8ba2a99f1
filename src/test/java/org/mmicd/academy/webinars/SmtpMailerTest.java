package org.mmicd.academy.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mmicd.academy.platform.Settings;

/** Mail as it leaves through SMTP, read by a real SMTP server in the test. */
class SmtpMailerTest {

  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(
              new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  static final Instant START = Instant.parse("2025-03-31T08:00:00Z");

  @Test
  void anInvitationArrivesAsTextWithTheCalendarEntryInlineAndAttached() throws Exception {
    LiveSession session = Fixtures.session(START, 90, 10);
    String ics =
        new SessionCalendar("MMICD Academy <academy@mmicd.test>")
            .publish(SessionCalendarTest.entry(session, true, false), START);
    OutboxMail mail =
        new OutboxMail(
            new MailDraft(
                "invitation:1",
                MailKind.INVITATION,
                1L,
                "laxmi@example.org",
                "लक्ष्मी Learner",
                "Registered: Health toolkit — सत्र",
                "Hello Laxmi,\n\nYou are registered.\n",
                ics,
                "REQUEST",
                START,
                null),
            START);

    mailer(SMTP.getSmtp().getPort()).send(mail, START);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertEquals("Registered: Health toolkit — सत्र", received.getSubject());
    assertEquals(
        "laxmi@example.org", received.getAllRecipients()[0].toString().replaceAll(".*<|>", ""));
    assertTrue(received.getFrom()[0].toString().contains("academy@mmicd.test"));
    Multipart mixed = (Multipart) received.getContent();
    Multipart alternatives = (Multipart) mixed.getBodyPart(0).getContent();
    BodyPart inline = alternatives.getBodyPart(1);
    assertTrue(inline.getContentType().startsWith("text/calendar"), inline.getContentType());
    assertTrue(inline.getContentType().contains("method=REQUEST"), inline.getContentType());
    BodyPart attachment = mixed.getBodyPart(1);
    assertEquals("invite.ics", attachment.getFileName());
    Calendar parsed = new CalendarBuilder().build(new StringReader(read(attachment)));
    VEvent event = parsed.<VEvent>getComponents("VEVENT").get(0);
    assertEquals(session.calendarUid(), event.getUid().orElseThrow().getValue());
  }

  @Test
  void anUnreachableServerFailsTheAttemptSoTheOutboxRetries() {
    OutboxMail mail =
        new OutboxMail(
            new MailDraft(
                "x",
                MailKind.REMINDER_1H,
                1L,
                "a@example.org",
                "A",
                "S",
                "B",
                null,
                null,
                START,
                null),
            START);

    assertThrows(MessagingException.class, () -> mailer(1).send(mail, START));
  }

  static SmtpMailer mailer(int port) {
    SmtpMailer mailer = new SmtpMailer();
    mailer.settings =
        new Settings() {
          @Override
          public Optional<String> smtpHost() {
            return Optional.of("127.0.0.1");
          }

          @Override
          public int smtpPort() {
            return port;
          }

          @Override
          public Optional<String> smtpUser() {
            return Optional.empty();
          }

          @Override
          public Optional<String> smtpPassword() {
            return Optional.empty();
          }

          @Override
          public String smtpFrom() {
            return "MMICD Academy <academy@mmicd.test>";
          }

          @Override
          public String smtpTls() {
            return "none";
          }
        };
    return mailer;
  }

  static String read(BodyPart part) throws Exception {
    try (InputStream in = part.getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    }
  }
}
