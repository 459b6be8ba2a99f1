package org.mmicd.academy.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.mmicd.academy.platform.Settings;

/**
 * Sends one outbox mail through the configured SMTP server (MMICD_SMTP_*). A mail with a calendar
 * entry goes as text plus {@code text/calendar} alternatives, the way mail clients recognise an
 * invitation, with the same entry attached as an .ics file for those that do not.
 */
@ApplicationScoped
public class SmtpMailer {

  @Inject Settings settings;

  public boolean configured() {
    return settings.smtpHost().isPresent();
  }

  public void send(OutboxMail mail, Instant now) throws MessagingException {
    Session session = session();
    MimeMessage message = new MimeMessage(session);
    message.setFrom(InternetAddress.parse(settings.smtpFrom(), false)[0]);
    message.setRecipient(Message.RecipientType.TO, recipient(mail));
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(now));
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.calendar() == null && mail.attachments().isEmpty()) {
      message.setText(mail.body(), "UTF-8");
    } else {
      message.setContent(multipart(mail));
    }
    message.saveChanges();
    Transport.send(message);
  }

  private static InternetAddress recipient(OutboxMail mail) throws MessagingException {
    try {
      return new InternetAddress(mail.recipient(), mail.recipientName(), "UTF-8");
    } catch (UnsupportedEncodingException e) {
      return new InternetAddress(mail.recipient());
    }
  }

  /** The text (with the calendar entry as its alternative), then each attached file. */
  private static MimeMultipart multipart(OutboxMail mail) throws MessagingException {
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), "UTF-8");
    if (mail.calendar() == null) {
      mixed.addBodyPart(text);
    } else {
      byte[] ics = mail.calendar().getBytes(StandardCharsets.UTF_8);
      String method = mail.calendarMethod() == null ? "PUBLISH" : mail.calendarMethod();
      MimeBodyPart calendar = new MimeBodyPart();
      String type = "text/calendar; charset=UTF-8; method=" + method;
      calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, type)));
      calendar.setHeader("Content-Type", type);
      MimeMultipart alternatives = new MimeMultipart("alternative");
      alternatives.addBodyPart(text);
      alternatives.addBodyPart(calendar);
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternatives);
      mixed.addBodyPart(body);
      mixed.addBodyPart(attachment("invite.ics", "application/ics", ics));
    }
    for (MailAttachment file : mail.attachments()) {
      mixed.addBodyPart(attachment(file.fileName(), file.mediaType(), file.content()));
    }
    return mixed;
  }

  private static MimeBodyPart attachment(String fileName, String mediaType, byte[] content)
      throws MessagingException {
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, mediaType)));
    attachment.setFileName(fileName);
    attachment.setDisposition(Part.ATTACHMENT);
    return attachment;
  }

  private Session session() {
    Properties properties = new Properties();
    String host = settings.smtpHost().orElseThrow();
    String tls = settings.smtpTls();
    String protocol = tls.equals("ssl") ? "smtps" : "smtp";
    properties.put("mail.transport.protocol", protocol);
    properties.put("mail." + protocol + ".host", host);
    properties.put("mail." + protocol + ".port", Integer.toString(settings.smtpPort()));
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "20000");
    properties.put("mail." + protocol + ".writetimeout", "20000");
    properties.put("mail." + protocol + ".from", envelopeSender());
    if (tls.equals("starttls")) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
    }
    if (tls.equals("ssl") || tls.equals("starttls")) {
      properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    Authenticator authenticator = null;
    if (settings.smtpUser().isPresent()) {
      properties.put("mail." + protocol + ".auth", "true");
      String user = settings.smtpUser().get();
      String password = settings.smtpPassword().orElse("");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user, password);
            }
          };
    }
    return Session.getInstance(properties, authenticator);
  }

  private String envelopeSender() {
    try {
      return InternetAddress.parse(settings.smtpFrom(), false)[0].getAddress();
    } catch (MessagingException e) {
      return "no-reply@localhost";
    }
  }
}
