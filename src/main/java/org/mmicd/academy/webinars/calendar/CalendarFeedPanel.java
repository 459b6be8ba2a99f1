package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.Messages;

/**
 * The signed-in person's calendar subscription on the live sessions page: made or renewed here, and
 * its address shown only right after (the secret is kept as a hash and cannot be shown again).
 */
@Named
@RequestScoped
public class CalendarFeedPanel {

  private static final String FEED_URL = "mmicd.feed-url";

  @Inject CalendarFeeds feeds;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private String feedUrl;
  private String feedMade;

  /** The address just made, from MMICD_PUBLIC_URL; null on any later view of the page. */
  public String getFeedUrl() {
    if (feedUrl == null) {
      Object made = FacesContext.getCurrentInstance().getExternalContext().getFlash().get(FEED_URL);
      feedUrl = made instanceof String url ? url : "";
    }
    return feedUrl.isEmpty() ? null : feedUrl;
  }

  public String getWebcalUrl() {
    return getFeedUrl() == null ? null : getFeedUrl().replaceFirst("^https?://", "webcal://");
  }

  /** When the person's current subscription address was made; null when they have none. */
  public String getFeedMade() {
    if (feedMade == null) {
      // Asked several times per render (what to show, the button's label): read once.
      feedMade =
          feeds
              .findFeed(currentUser.get())
              .map(feed -> userSession.dateTime(feed.createdAt()))
              .orElse("");
    }
    return feedMade.isEmpty() ? null : feedMade;
  }

  /** Makes the first subscription address, or a new one that replaces the old. */
  public void renewFeed() throws IOException {
    boolean renewal = feeds.findFeed(currentUser.get()).isPresent();
    CalendarFeeds.IssuedFeed issued = feeds.issue(currentUser.get());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().put(FEED_URL, feeds.url(issued.secret()));
    messages.info(renewal ? "sessions.feed.renewed" : "sessions.feed.made");
    external.redirect(external.getRequestContextPath() + "/learn/sessions.xhtml");
  }
}
