package org.mmicd.academy.webinars;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** Trainers' calendar of every session, in the trainer's own zone, and the list to come. */
@Named
@ViewScoped
public class TrainerCalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LiveSessionService sessions;
  @Inject SessionViews views;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Clock clock;

  private ScheduleModel model;
  private List<SessionView> upcoming;

  public ScheduleModel getModel() {
    if (model == null) {
      model = new SessionSchedule(sessions, zone(), contextPath());
    }
    return model;
  }

  public List<SessionView> getUpcoming() {
    if (upcoming == null) {
      var now = clock.instant();
      upcoming =
          SessionView.cancelledLast(
              views.of(
                  sessions.between(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(400))),
                  currentUser.get(),
                  zone(),
                  userSession.getLocale()));
    }
    return upcoming;
  }

  public String getZone() {
    return zone().getId();
  }

  private ZoneId zone() {
    return userSession.getZone();
  }

  private static String contextPath() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
  }

  /** Loads the sessions of the weeks the schedule shows, as the trainer's wall-clock times. */
  static class SessionSchedule extends LazyScheduleModel {

    private static final long serialVersionUID = 1L;

    private final LiveSessionService sessions;
    private final String zone;
    private final String contextPath;

    SessionSchedule(LiveSessionService sessions, ZoneId zone, String contextPath) {
      this.sessions = sessions;
      this.zone = zone.getId();
      this.contextPath = contextPath;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
      ZoneId viewer = ZoneId.of(zone);
      for (LiveSession session :
          sessions.between(start.atZone(viewer).toInstant(), end.atZone(viewer).toInstant())) {
        addEvent(
            DefaultScheduleEvent.builder()
                .id(session.id().toString())
                .title(session.title())
                .startDate(SessionTimes.local(session.startsAt(), viewer))
                .endDate(SessionTimes.local(session.endsAt(), viewer))
                .url(contextPath + "/train/session.xhtml?id=" + session.id())
                .styleClass("session-" + session.kind().key() + " status-" + session.status().key())
                .editable(false)
                .build());
      }
    }
  }
}
