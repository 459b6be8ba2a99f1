package org.mmicd.academy.webinars.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.mmicd.academy.platform.DomainException;

/**
 * Personal calendar feeds, fetched by calendar apps without signing in: the secret in the URL is
 * the key.
 */
@Path("calendar")
@RequestScoped
@PermitAll
public class CalendarFeedResource {

  @Inject CalendarFeeds feeds;

  @GET
  @Path("{secret: [A-Za-z0-9_-]{20,64}}.ics")
  @Produces(SessionCalendarResource.CALENDAR)
  public Response feed(@PathParam("secret") String secret) {
    return feeds
        .calendarFor(secret)
        .map(
            ics ->
                Response.ok(ics, SessionCalendarResource.CALENDAR)
                    .header("Cache-Control", "private, max-age=300")
                    .build())
        .orElseThrow(() -> DomainException.notFound("error.calendar.not-found"));
  }
}
