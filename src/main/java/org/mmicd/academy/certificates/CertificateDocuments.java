package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mmicd.academy.certificates.credential.OpenBadgeCredential;
import org.mmicd.academy.certificates.credential.SigningKeys;
import org.mmicd.academy.certificates.pdf.CertificatePdf;
import org.mmicd.academy.platform.Settings;

/** A certificate's PDF, its signed credential and its public addresses. */
@ApplicationScoped
public class CertificateDocuments {

  @Inject Settings settings;
  @Inject SigningKeys keys;
  @Inject Clock clock;

  /** The public page anyone can open, as the QR code and the credential name it. */
  public String verifyUrl(Certificate certificate) {
    return settings.publicUrl() + "/verify/" + certificate.code().value();
  }

  /** The public JSON answer the credential's status points to. */
  public String statusUrl(Certificate certificate) {
    return settings.publicUrl() + "/api/v1/verifications/" + certificate.code().value();
  }

  public byte[] pdf(Certificate certificate) {
    Locale locale = Locale.forLanguageTag(certificate.language());
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    return CertificatePdf.render(
        new CertificatePdf.Content(
            certificate.title(),
            certificate.learnerName(),
            certificate.courseTitle(),
            date.format(certificate.issuedOn()),
            certificate.validUntil().map(u -> date.format(u.atZone(ZoneOffset.UTC))).orElse(null),
            certificate.signatory(),
            certificate.serial(),
            certificate.code().printable(),
            verifyUrl(certificate),
            locale));
  }

  /** The Open Badges 3.0 credential as a JWT signed with the current key. */
  public String credential(Certificate certificate) {
    return OpenBadgeCredential.sign(
        OpenBadgeCredential.payload(
            new OpenBadgeCredential.Claims(
                settings.publicUrl(),
                certificate.serial(),
                certificate.learnerName(),
                certificate.courseId(),
                certificate.courseTitle(),
                certificate.title(),
                certificate.signatory(),
                certificate.issuedAt(),
                certificate.validUntil().orElse(null),
                verifyUrl(certificate),
                statusUrl(certificate)),
            clock.instant()),
        keys.active());
  }
}
