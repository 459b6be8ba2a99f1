package org.mmicd.academy.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;

/** The learner's certificates with their files and public pages. */
@Named
@RequestScoped
public class MyCertificatesPage {

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  private List<CertificateViews.Held> held;

  public List<CertificateViews.Held> getCertificates() {
    if (held == null) {
      held =
          certificates.heldBy(currentUser.get()).stream()
              .map(c -> CertificateViews.held(c, documents, clock.instant()))
              .toList();
    }
    return held;
  }
}
