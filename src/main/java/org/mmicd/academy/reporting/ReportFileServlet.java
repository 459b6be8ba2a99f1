package org.mmicd.academy.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/**
 * The dashboard's CSV and XLSX buttons: the same files as the API, for the person signed in on the
 * pages (the API needs a token or a password on every call).
 */
@WebServlet("/coordinate/report-file")
public class ReportFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject Reports reports;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest http, HttpServletResponse response) throws IOException {
    try {
      ReportRequest request = ReportRequest.parse(http::getParameter);
      if (!request.file()) {
        throw DomainException.invalid("format", "error.reporting.format", request.format());
      }
      String report = http.getParameter("report");
      ReportTable table = table(report == null ? "" : report, request, currentUser.get());
      try (Response file = ReportResource.file(request.format(), report, table)) {
        response.setContentType(file.getHeaderString("Content-Type"));
        response.setHeader("Content-Disposition", file.getHeaderString("Content-Disposition"));
        byte[] bytes = (byte[]) file.getEntity();
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
      }
    } catch (DomainException refusal) {
      response.sendError(refusal.kind().status(), refusal.message(http.getLocale()));
    }
  }

  private ReportTable table(String report, ReportRequest request, Person viewer) {
    return switch (report) {
      case "completion" ->
          ReportTables.completion(
              reports.completion(viewer, request.filters(), request.grouping()),
              request.grouping());
      case "funnel" ->
          ReportTables.funnel(reports.funnel(viewer, request.filters(), request.inactiveDays()));
      case "learners" ->
          ReportTables.learners(
              reports.learners(
                  viewer, request.filters(), request.stage(), request.inactiveDays(), 0, 0));
      case "quizzes" -> ReportTables.quizzes(reports.quizzes(viewer, request.filters()));
      case "attendance" -> ReportTables.attendance(reports.attendance(viewer, request.filters()));
      default -> throw DomainException.invalid("report", "error.reporting.report", report);
    };
  }
}
