package org.mmicd.academy.webinars;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * The learner's live sessions: what is coming for their courses, registering and cancelling, the
 * calendar file of each session and the personal calendar subscription, and past recordings.
 */
@Named
@ViewScoped
public class LiveSessionsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Duration PAST = Duration.ofDays(120);

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject SessionViews views;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;
  @Inject Clock clock;

  private List<SessionView> upcoming;
  private List<SessionView> past;
  private Map<String, String> moduleTitles;

  public List<SessionView> getUpcoming() {
    if (upcoming == null) {
      Person me = currentUser.get();
      upcoming =
          SessionView.cancelledLast(
              views.of(
                  sessions.forLearner(me, clock.instant()),
                  me,
                  userSession.getZone(),
                  userSession.getLocale()));
    }
    return upcoming;
  }

  public List<SessionView> getPast() {
    if (past == null) {
      Person me = currentUser.get();
      past =
          views.of(
              sessions.pastForLearner(me, clock.instant().minus(PAST)),
              me,
              userSession.getZone(),
              userSession.getLocale());
    }
    return past;
  }

  public String moduleTitle(String moduleId) {
    if (moduleTitles == null) {
      moduleTitles = new HashMap<>();
      for (LearningModule module : sessions.modules()) {
        moduleTitles.put(module.id(), module.text(userSession.getLanguage()).title());
      }
    }
    return moduleTitles.getOrDefault(moduleId, moduleId);
  }

  public String trainerNames(SessionView session) {
    return session.trainers().stream()
        .map(SessionView.Trainer::displayName)
        .collect(Collectors.joining(", "));
  }

  public void register(long sessionId) throws IOException {
    try {
      SessionRegistration registration = registrations.register(currentUser.get(), sessionId);
      if (registration.status() == RegistrationStatus.REGISTERED) {
        messages.info("sessions.registeredNow");
      } else {
        messages.info(
            "sessions.waitingNow", registrations.positionOf(registration.session(), registration));
      }
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    reload();
  }

  public void cancel(long sessionId) throws IOException {
    try {
      registrations.cancel(currentUser.get(), sessionId);
      messages.info("sessions.cancelledNow");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    reload();
  }

  public String getZone() {
    return userSession.getZone().getId();
  }

  private static void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/learn/sessions.xhtml");
  }
}
