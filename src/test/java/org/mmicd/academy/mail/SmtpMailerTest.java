package org.mmicd.academy.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.List;
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
    String ics =
        String.join(
            "\r\n",
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//MMICD Academy//test//EN",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:session-1@mmicd.test",
            "DTSTAMP:20250331T080000Z",
            "DTSTART:20250331T080000Z",
            "DTEND:20250331T093000Z",
            "SUMMARY:Health toolkit — सत्र",
            "END:VEVENT",
            "END:VCALENDAR",
            "");
    OutboxMail mail =
        new OutboxMail(
            new MailDraft(
                "invitation:1",
                "invitation",
                "live-session:1",
                "laxmi@example.org",
                "लक्ष्मी Learner",
                "Registered: Health toolkit — सत्र",
                "Hello Laxmi,\n\nYou are registered.\n",
                ics,
                "REQUEST",
                START,
                null,
                List.of()),
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
    assertEquals("session-1@mmicd.test", event.getUid().orElseThrow().getValue());
  }

  @Test
  void anAttachedFileArrivesWithItsNameTypeAndBytes() throws Exception {
    byte[] pdf = "%PDF-1.4 certificate".getBytes(StandardCharsets.US_ASCII);
    OutboxMail mail =
        new OutboxMail(
            MailDraft.of(
                    "certificate:1",
                    "certificate",
                    "certificate:1",
                    "sita@example.org",
                    "सीता शर्मा",
                    "Your certificate",
                    "Congratulations.")
                .withAttachment(new MailAttachment("certificate.pdf", "application/pdf", pdf)),
            START);

    mailer(SMTP.getSmtp().getPort()).send(mail, START);

    MimeMessage received = SMTP.getReceivedMessages()[0];
    Multipart mixed = (Multipart) received.getContent();
    assertEquals("Congratulations.", mixed.getBodyPart(0).getContent().toString().strip());
    BodyPart attachment = mixed.getBodyPart(1);
    assertEquals("certificate.pdf", attachment.getFileName());
    assertTrue(attachment.getContentType().startsWith("application/pdf"));
    assertArrayEquals(pdf, attachment.getInputStream().readAllBytes());
  }

  @Test
  void anUnreachableServerFailsTheAttemptSoTheOutboxRetries() {
    OutboxMail mail =
        new OutboxMail(
            MailDraft.of("x", "reminder_1h", "live-session:1", "a@example.org", "A", "S", "B"),
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
