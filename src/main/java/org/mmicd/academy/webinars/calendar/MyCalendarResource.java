package org.mmicd.academy.webinars.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;

/**
 * The signed-in person's calendar subscription. Its URL holds a secret kept only as a hash, so it
 * is shown once: when the first one is made (the first GET), or when a new one replaces the old (a
 * POST to renewal, for a URL that was lost or shared by mistake).
 */
@Path("me/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LEARNER_NAME, Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class MyCalendarResource {

  @Inject CalendarFeeds feeds;
  @Inject CurrentUser currentUser;

  /**
   * The feed's https URL, and the same as webcal:// for calendar apps that subscribe on a tap; both
   * null when the feed was made before and its URL cannot be shown again.
   */
  public record FeedView(String url, String webcalUrl, Instant createdAt, Instant lastFetchedAt) {

    static FeedView of(CalendarFeed feed, String url) {
      return new FeedView(
          url,
          url == null ? null : url.replaceFirst("^https?://", "webcal://"),
          feed.createdAt(),
          feed.lastFetchedAt());
    }
  }

  @GET
  public FeedView feed() {
    Person person = currentUser.get();
    return feeds
        .findFeed(person)
        .map(feed -> FeedView.of(feed, null))
        .orElseGet(() -> issued(feeds.issue(person)));
  }

  @POST
  @Path("renewal")
  public FeedView renew() {
    return issued(feeds.issue(currentUser.get()));
  }

  private FeedView issued(CalendarFeeds.IssuedFeed issued) {
    return FeedView.of(issued.feed(), feeds.url(issued.secret()));
  }
}
