package org.mmicd.academy.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.mail.MailAttachment;
import org.mmicd.academy.mail.MailDraft;
import org.mmicd.academy.mail.Outbox;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Settings;

/** The mail a holder gets, in their language, through the outbox of the issuing transaction. */
@ApplicationScoped
class CertificateMails {

  static final String ISSUED = "certificate";
  static final String NEW_VERSION = "recertification";

  @Inject Outbox outbox;
  @Inject CertificateDocuments documents;
  @Inject Settings settings;

  /** "Your certificate", with the PDF attached. */
  void issued(Certificate certificate, Person holder) {
    Locale locale = Locale.forLanguageTag(certificate.language());
    String topic = "certificate:" + certificate.serial();
    outbox.enqueue(
        MailDraft.of(
                topic,
                ISSUED,
                topic,
                holder.email(),
                certificate.learnerName(),
                DomainException.format(
                    locale, "certificate.mail.subject", certificate.courseTitle()),
                DomainException.format(
                    locale,
                    "certificate.mail.body",
                    certificate.learnerName(),
                    certificate.courseTitle(),
                    certificate.serial(),
                    documents.verifyUrl(certificate),
                    settings.publicUrl() + "/learn/certificates.xhtml"))
            .withAttachment(
                new MailAttachment(
                    "certificate-" + certificate.serial() + ".pdf",
                    "application/pdf",
                    documents.pdf(certificate))));
  }

  /** A required module changed and the course asks holders to earn the new version. */
  void newVersion(Certificate certificate, Person holder, String moduleId, int version) {
    Locale locale = Locale.forLanguageTag(certificate.language());
    outbox.enqueue(
        MailDraft.of(
            "recertify:" + certificate.serial() + ":" + moduleId + ":" + version,
            NEW_VERSION,
            "certificate:" + certificate.serial(),
            holder.email(),
            holder.displayName(),
            DomainException.format(
                locale, "certificate.mail.recertifySubject", certificate.courseTitle()),
            DomainException.format(
                locale,
                "certificate.mail.recertifyBody",
                holder.displayName(),
                certificate.courseTitle(),
                certificate.serial(),
                settings.publicUrl() + "/course.xhtml?id=" + certificate.courseId())));
  }
}
