package org.mmicd.academy.webinars.calendar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.Settings;

/** The signed-in person's calendar subscription on the live sessions page: its address, renewal. */
@Named
@RequestScoped
public class CalendarFeedPanel {

  @Inject CalendarFeeds feeds;
  @Inject CurrentUser currentUser;
  @Inject Settings settings;
  @Inject Messages messages;

  private String feedUrl;

  /** Built from MMICD_PUBLIC_URL, never from the request's Host header. */
  public String getFeedUrl() {
    if (feedUrl == null) {
      feedUrl =
          settings.publicUrl()
              + "/api/v1/calendar/"
              + feeds.feedOf(currentUser.get()).secret()
              + ".ics";
    }
    return feedUrl;
  }

  public String getWebcalUrl() {
    return getFeedUrl().replaceFirst("^https?://", "webcal://");
  }

  public void renewFeed() throws IOException {
    feeds.renew(currentUser.get());
    messages.info("sessions.feed.renewed");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/learn/sessions.xhtml");
  }
}
