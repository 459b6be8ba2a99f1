package org.mmicd.academy.certificates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Paging;

/** Certificates: files for holders and staff; listing, revoking and re-issuing for staff. */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class CertificateResource {

  static final String JWT = "application/jwt";

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;

  public record RevocationRequest(String reason) {}

  public record ReissueRequest(String learnerName, String reason) {}

  @GET
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public List<CertificateViews.Staff> list(
      @QueryParam("course") String course,
      @QueryParam("country") String country,
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Paging paging = Paging.of(offset, Math.max(1, Math.min(limit, 500)), 500);
    return certificates
        .list(
            currentUser.get(),
            blankToNull(course),
            blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT),
            validity(status),
            paging.offset(),
            paging.limit())
        .stream()
        .map(c -> CertificateViews.staff(c, documents, clock.instant()))
        .toList();
  }

  @GET
  @Path("{serial}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("serial") String serial) {
    Certificate certificate = certificates.getViewable(currentUser.get(), serial);
    return Response.ok(documents.pdf(certificate), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"certificate-" + serial + ".pdf\"")
        .build();
  }

  @GET
  @Path("{serial}/credential")
  @Produces({JWT, MediaType.APPLICATION_JSON})
  public Response credential(@PathParam("serial") String serial) {
    Certificate certificate = certificates.getViewable(currentUser.get(), serial);
    if (certificate.status() == CertificateStatus.REVOKED) {
      throw DomainException.conflict("error.certificates.revokedCredential", serial);
    }
    return Response.ok(documents.credential(certificate), JWT)
        .header("Content-Disposition", "attachment; filename=\"certificate-" + serial + ".jwt\"")
        .build();
  }

  @POST
  @Path("{serial}/revocation")
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public CertificateViews.Staff revoke(
      @PathParam("serial") String serial, RevocationRequest request) {
    Person actor = currentUser.get();
    Certificate revoked =
        certificates.revoke(actor, serial, request == null ? null : request.reason());
    return CertificateViews.staff(revoked, documents, clock.instant());
  }

  @POST
  @Path("{serial}/reissue")
  @RolesAllowed({Role.COORDINATOR_NAME, Role.ADMIN_NAME})
  public Response reissue(@PathParam("serial") String serial, ReissueRequest request) {
    Person actor = currentUser.get();
    Certificate renewed =
        certificates.reissue(
            actor,
            serial,
            request == null ? null : request.learnerName(),
            request == null ? null : request.reason());
    return Response.status(201)
        .entity(CertificateViews.staff(renewed, documents, clock.instant()))
        .build();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Validity validity(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    return Arrays.stream(Validity.values())
        .filter(v -> v.key().equals(status.strip().toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () -> DomainException.invalid("status", "error.certificates.unknownStatus", status));
  }
}
