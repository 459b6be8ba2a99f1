package org.mmicd.academy.certificates;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.mmicd.academy.platform.DomainException;

/**
 * Public verification of a certificate by its code, for anyone and without sign-in: the endpoint
 * that credentials name as their status.
 */
@Path("verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject Clock clock;

  @GET
  @Path("{code}")
  public CertificateViews.Verification verify(@PathParam("code") String code) {
    return certificates
        .verify(code)
        .map(c -> CertificateViews.verification(c, documents, clock.instant()))
        .orElseThrow(() -> DomainException.notFound("error.certificates.unknownCode"));
  }
}
