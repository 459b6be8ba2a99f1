package org.mmicd.academy.webinars.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Role;

/**
 * The signed-in person's calendar subscription URL, and a new one when the old one was shared by
 * mistake.
 */
@Path("me/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MyCalendarResource {

  @Inject CalendarFeeds feeds;
  @Inject CurrentUser currentUser;
  @Context UriInfo uriInfo;

  /** The feed's https URL, and the same as webcal:// for calendar apps that subscribe on a tap. */
  public record FeedView(String url, String webcalUrl, Instant createdAt, Instant lastFetchedAt) {

    static FeedView of(CalendarFeed feed, String url) {
      return new FeedView(
          url, url.replaceFirst("^https?://", "webcal://"), feed.createdAt(), feed.lastFetchedAt());
    }
  }

  @GET
  public FeedView feed() {
    CalendarFeed feed = feeds.feedOf(currentUser.get());
    return FeedView.of(feed, url(feed));
  }

  @POST
  @Path("renewal")
  public FeedView renew() {
    CalendarFeed feed = feeds.renew(currentUser.get());
    return FeedView.of(feed, url(feed));
  }

  private String url(CalendarFeed feed) {
    return uriInfo
        .getBaseUriBuilder()
        .path("calendar")
        .path(feed.secret() + ".ics")
        .build()
        .toString();
  }
}
