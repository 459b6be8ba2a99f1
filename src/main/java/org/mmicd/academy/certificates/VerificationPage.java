package org.mmicd.academy.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Optional;

/** The public verification page: what a certificate says and whether it still holds. */
@Named
@RequestScoped
public class VerificationPage {

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject Clock clock;

  private String code;
  private CertificateViews.Verification verification;

  public void load() {
    Optional<Certificate> found = certificates.verify(code);
    verification =
        found.map(c -> CertificateViews.verification(c, documents, clock.instant())).orElse(null);
    if (verification == null) {
      // The page says so in words; the status says so to tools that check addresses.
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  /** Null when no certificate has the code. */
  public CertificateViews.Verification getVerification() {
    return verification;
  }
}
