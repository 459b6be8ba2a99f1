package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.identity.CurrentUser;

/** One live session as an iCalendar file, for people who may see it. */
@Path("sessions/{id}/calendar.ics")
@RequestScoped
public class SessionCalendarResource {

  public static final String CALENDAR = "text/calendar; charset=UTF-8";

  @Inject CalendarFeeds calendars;
  @Inject CurrentUser currentUser;

  @GET
  @Produces(CALENDAR)
  public Response calendar(@PathParam("id") long id) {
    return Response.ok(calendars.single(currentUser.get(), id), CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"session-" + id + ".ics\"")
        .build();
  }
}
