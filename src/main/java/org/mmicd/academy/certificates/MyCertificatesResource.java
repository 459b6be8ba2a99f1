package org.mmicd.academy.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Role;

/** The signed-in person's certificates, newest first. */
@Path("me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MyCertificatesResource {

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  @GET
  public List<CertificateViews.Held> mine() {
    return certificates.heldBy(currentUser.get()).stream()
        .map(c -> CertificateViews.held(c, documents, clock.instant()))
        .toList();
  }
}
