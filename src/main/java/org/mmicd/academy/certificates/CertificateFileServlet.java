package org.mmicd.academy.certificates;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.DomainException;

/**
 * The PDF ({@code /learn/certificate/SERIAL.pdf}) and credential ({@code .jwt}) for people signed
 * in to the pages: the API authenticates per request, a browser by its session. The holder,
 * coordinators and admins only.
 */
@WebServlet("/learn/certificate/*")
public class CertificateFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    boolean pdf = file.endsWith(".pdf");
    if (!pdf && !file.endsWith(".jwt")) {
      response.sendError(404);
      return;
    }
    String serial = file.substring(0, file.length() - 4);
    byte[] body;
    try {
      Certificate certificate = certificates.getViewable(currentUser.get(), serial);
      if (!pdf && certificate.status() == CertificateStatus.REVOKED) {
        response.sendError(409);
        return;
      }
      body =
          pdf
              ? documents.pdf(certificate)
              : documents.credential(certificate).getBytes(StandardCharsets.US_ASCII);
    } catch (DomainException refused) {
      response.sendError(refused.kind().status());
      return;
    }
    response.setContentType(pdf ? "application/pdf" : CertificateResource.JWT);
    response.setHeader("Content-Disposition", "attachment; filename=\"certificate-" + file + "\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
