package org.mmicd.academy.webinars;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * Scheduling a session or changing one: the trainer types the start as the organiser's wall-clock
 * time; the page shows what that is where the participants are.
 */
@Named
@ViewScoped
public class SessionEditorPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final List<String> PARTICIPANT_ZONES =
      List.of("Asia/Kathmandu", "America/Guayaquil", "Indian/Antananarivo", "Europe/Brussels");

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject AccountService accounts;
  @Inject CohortService cohorts;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private Long id;
  private boolean loaded;
  private boolean found = true;
  private String status;
  private String kind = "webinar";
  private String title;
  private String description;
  private LocalDateTime start;
  private String timeZone;
  private Integer duration = 90;
  private Integer capacity = 30;
  private String joinUrl;
  private String venue;
  private String country;
  private Long cohortId;
  private List<String> moduleIds = new ArrayList<>();
  private List<String> trainerEmails = new ArrayList<>();
  private Integer threshold = SessionCommand.DEFAULT_THRESHOLD;
  private String recordingUrl;
  private String cancelReason;
  private List<ZoneTime> times = List.of();

  /** When the session is in one zone. */
  public record ZoneTime(String zone, String when) implements Serializable {}

  private List<RegistrationView> registrationList = List.of();

  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Person me = currentUser.get();
    timeZone = userSession.getZone().getId();
    trainerEmails = new ArrayList<>(List.of(me.email()));
    if (id == null) {
      return;
    }
    LiveSession session;
    try {
      session = sessions.getManaged(me, id);
    } catch (DomainException problem) {
      found = false;
      messages.refused(problem);
      return;
    }
    status = session.status().key();
    kind = session.kind().key();
    title = session.title();
    description = session.description();
    timeZone = session.timeZone().getId();
    start = SessionTimes.local(session.startsAt(), session.timeZone());
    duration = (int) session.duration().toMinutes();
    capacity = session.capacity();
    joinUrl = session.joinUrl();
    venue = session.venue();
    country = session.country() == null ? null : session.country().code();
    cohortId = session.cohort() == null ? null : session.cohort().id();
    moduleIds = new ArrayList<>(session.moduleIds());
    trainerEmails = new ArrayList<>(session.trainers().stream().map(Person::email).toList());
    threshold = session.attendanceThreshold();
    recordingUrl = session.recordingUrl();
    times = times(session);
    List<SessionRegistration> all = registrations.of(session);
    SeatPlan plan = new SeatPlan(session.capacity(), all);
    registrationList =
        all.stream()
            .filter(r -> r.status().active())
            .map(r -> RegistrationView.of(r, plan.positionOf(r)))
            .toList();
  }

  public void save() throws IOException {
    SessionCommand command =
        new SessionCommand(
            kind,
            title,
            description,
            start == null ? null : INPUT.format(start),
            timeZone,
            duration,
            capacity,
            joinUrl,
            venue,
            country,
            cohortId,
            moduleIds,
            trainerEmails,
            threshold,
            recordingUrl);
    LiveSession saved;
    try {
      Person me = currentUser.get();
      saved = id == null ? sessions.schedule(me, command) : sessions.revise(me, id, command);
    } catch (DomainException problem) {
      messages.refused(problem);
      return;
    }
    messages.info(id == null ? "editor.created" : "editor.saved");
    redirect(saved.id());
  }

  public void cancelSession() throws IOException {
    try {
      sessions.cancel(currentUser.get(), id, cancelReason);
    } catch (DomainException problem) {
      messages.refused(problem);
      return;
    }
    messages.info("editor.cancelled");
    redirect(id);
  }

  private static void redirect(long id) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/train/session.xhtml?id=" + id);
  }

  /** The session's time where its participants are, the organiser's and the viewer's zones. */
  private List<ZoneTime> times(LiveSession session) {
    Set<ZoneId> zones = new LinkedHashSet<>();
    zones.add(session.timeZone());
    zones.add(userSession.getZone());
    if (session.country() != null) {
      zones.add(session.country().timeZone());
    }
    PARTICIPANT_ZONES.forEach(z -> zones.add(ZoneId.of(z)));
    List<ZoneTime> rows = new ArrayList<>();
    for (ZoneId zone : zones) {
      rows.add(
          new ZoneTime(
              zone.getId(),
              SessionTimes.span(
                  session.startsAt(), session.duration(), zone, userSession.getLocale())));
    }
    return rows;
  }

  public Map<String, String> getModuleOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (LearningModule module : sessions.modules()) {
      options.put(
          module.text(userSession.getLanguage()).title() + " (" + module.id() + ")", module.id());
    }
    return options;
  }

  public Map<String, String> getTrainerOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (Person trainer : sessions.trainers()) {
      options.put(trainer.displayName() + " <" + trainer.email() + ">", trainer.email());
    }
    return options;
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  public List<String> getZones() {
    return ZoneIds.ALL;
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isCancellable() {
    return id != null && ("scheduled".equals(status) || "changed".equals(status));
  }

  public List<ZoneTime> getTimes() {
    return times;
  }

  public List<RegistrationView> getRegistrations() {
    return registrationList;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getStatus() {
    return status;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public Integer getDuration() {
    return duration;
  }

  public void setDuration(Integer duration) {
    this.duration = duration;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getJoinUrl() {
    return joinUrl;
  }

  public void setJoinUrl(String joinUrl) {
    this.joinUrl = joinUrl;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  /** The cohorts a session can be for: every cohort, by name. */
  public Map<String, Long> getCohortOptions() {
    Map<String, Long> options = new LinkedHashMap<>();
    for (Cohort cohort : cohorts.all()) {
      options.put(cohort.name(), cohort.id());
    }
    return options;
  }

  public List<String> getModuleIds() {
    return moduleIds;
  }

  public void setModuleIds(List<String> moduleIds) {
    this.moduleIds = moduleIds;
  }

  public List<String> getTrainerEmails() {
    return trainerEmails;
  }

  public void setTrainerEmails(List<String> trainerEmails) {
    this.trainerEmails = trainerEmails;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public String getRecordingUrl() {
    return recordingUrl;
  }

  public void setRecordingUrl(String recordingUrl) {
    this.recordingUrl = recordingUrl;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
