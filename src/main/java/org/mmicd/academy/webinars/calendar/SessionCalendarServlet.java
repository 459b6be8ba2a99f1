package org.mmicd.academy.webinars.calendar;

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
 * "Add to calendar" on the pages: one session's .ics for the signed-in person (the page session
 * signs them in; the API's version of it needs a token).
 */
@WebServlet("/learn/session.ics")
public class SessionCalendarServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject CalendarFeeds calendars;
  @Inject CurrentUser currentUser;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException | NullPointerException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      byte[] ics = calendars.single(currentUser.get(), id).getBytes(StandardCharsets.UTF_8);
      response.setContentType("text/calendar; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"");
      response.setContentLength(ics.length);
      response.getOutputStream().write(ics);
    } catch (DomainException problem) {
      response.sendError(problem.kind().status());
    }
  }
}
