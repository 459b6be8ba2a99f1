package org.mmicd.academy.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/**
 * The figures for coordinators, trainers (their cohorts) and admins, with the same filters on every
 * path: {@code country, course, sector, cohort, organisation, from, to}; {@code format=csv|xlsx}
 * returns the table as a file. Learners get 403; a coordinator asking for a country or a cohort
 * outside their countries gets 403 too.
 */
@Path("reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvFile.MEDIA_TYPE, SpreadsheetFile.MEDIA_TYPE})
@RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class ReportResource {

  @Inject Reports reports;
  @Inject CurrentUser currentUser;
  @Context UriInfo uriInfo;

  /**
   * {@code groupBy=country[,course|sector|cohort|organisation|period]}, {@code
   * period=month|quarter}.
   */
  @GET
  @Path("completion")
  public Response completion() {
    ReportRequest request = request();
    Figures.Completion figures =
        reports.completion(viewer(), request.filters(), request.grouping());
    return answer(
        request, "completion", figures, () -> ReportTables.completion(figures, request.grouping()));
  }

  /** The funnel, with dropouts after {@code inactiveDays} (30 unless given) and the median days. */
  @GET
  @Path("funnel")
  public Response funnel() {
    ReportRequest request = request();
    Figures.Funnel funnel = reports.funnel(viewer(), request.filters(), request.inactiveDays());
    return answer(request, "funnel", funnel, () -> ReportTables.funnel(funnel));
  }

  /**
   * The learners behind a number: {@code stage} (enrolled, started, halfDone, quizzesPassed,
   * attended, completed, droppedOut, withdrawn), {@code page} and {@code size}; files hold them
   * all.
   */
  @GET
  @Path("learners")
  public Response learners() {
    ReportRequest request = request();
    Figures.Learners learners =
        reports.learners(
            viewer(),
            request.filters(),
            request.stage(),
            request.inactiveDays(),
            request.page(),
            request.file() ? 0 : request.size());
    return answer(request, "learners", learners, () -> ReportTables.learners(learners));
  }

  @GET
  @Path("quizzes")
  public Response quizzes() {
    ReportRequest request = request();
    Figures.Quizzes quizzes = reports.quizzes(viewer(), request.filters());
    return answer(request, "quizzes", quizzes, () -> ReportTables.quizzes(quizzes));
  }

  @GET
  @Path("attendance")
  public Response attendance() {
    ReportRequest request = request();
    Figures.Attendance attendance = reports.attendance(viewer(), request.filters());
    return answer(request, "attendance", attendance, () -> ReportTables.attendance(attendance));
  }

  /** What the dashboard shows on first load, with the number of SQL statements it took. */
  @GET
  @Path("dashboard")
  @Produces(MediaType.APPLICATION_JSON)
  public Figures.Dashboard dashboard() {
    ReportRequest request = request();
    return reports.dashboard(
        viewer(), request.filters(), request.grouping(), request.inactiveDays());
  }

  private ReportRequest request() {
    return ReportRequest.parse(uriInfo.getQueryParameters()::getFirst);
  }

  private Person viewer() {
    return currentUser.get();
  }

  private Response answer(
      ReportRequest request,
      String name,
      Object json,
      java.util.function.Supplier<ReportTable> table) {
    if (!request.file()) {
      return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
    return file(request.format(), name, table.get());
  }

  /** A table as a CSV or XLSX download, named after the report and the day. */
  static Response file(String format, String name, ReportTable table) {
    boolean csv = format.equals("csv");
    String fileName =
        "mmicd-"
            + name
            + "-"
            + table.extractedAt().atOffset(ZoneOffset.UTC).toLocalDate()
            + (csv ? ".csv" : ".xlsx");
    Function<ReportTable, byte[]> writer = csv ? CsvFile::write : SpreadsheetFile::write;
    return Response.ok(writer.apply(table), csv ? CsvFile.MEDIA_TYPE : SpreadsheetFile.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .build();
  }
}
