package org.mmicd.academy.webinars.attendance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.webinars.LiveSession;
import org.mmicd.academy.webinars.LiveSessionService;
import org.mmicd.academy.webinars.RegistrationService;
import org.mmicd.academy.webinars.SessionView;
import org.mmicd.academy.webinars.SessionViews;
import org.mmicd.academy.webinars.ZoneIds;

/**
 * A session's attendance for its trainers: the roll call, importing the meeting tool's report, and
 * matching the participants the report could not match by e-mail.
 */
@Named
@ViewScoped
public class RollCallPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final long MAX_REPORT_BYTES = 5L * 1024 * 1024;

  @Inject LiveSessionService sessions;
  @Inject RegistrationService registrations;
  @Inject AttendanceService attendance;
  @Inject AccountService accounts;
  @Inject SessionViews views;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private Long id;
  private boolean found;
  private SessionView session;
  private AttendanceSheet sheet;
  private final Map<Long, String> rollCalls = new HashMap<>();
  private final Map<String, String> matchEmails = new HashMap<>();
  private String walkInEmail;
  private String zone;
  private transient Part file;
  private List<String> problems = List.of();

  public void load() {
    if (id == null) {
      return;
    }
    try {
      Person me = currentUser.get();
      LiveSession live = sessions.getManaged(me, id);
      found = true;
      session = views.of(List.of(live), me, userSession.getZone(), userSession.getLocale()).get(0);
      if (zone == null) {
        zone = live.timeZone().getId();
      }
      sheet =
          AttendanceSheet.of(
              live,
              registrations.of(live),
              attendance.attendanceOf(live),
              attendance.unmatched(live),
              attendance.importsOf(live),
              userSession.getLocale());
      rollCalls.clear();
      sheet
          .people()
          .forEach(l -> rollCalls.put(l.personId(), l.rollCall() == null ? "" : l.rollCall()));
    } catch (DomainException problem) {
      found = false;
      messages.refused(problem);
    }
  }

  public void saveRollCall() {
    Person me = currentUser.get();
    try {
      for (AttendanceSheet.Line line : sheet.people()) {
        String chosen = rollCalls.getOrDefault(line.personId(), "");
        String before = line.rollCall() == null ? "" : line.rollCall();
        if (!Objects.equals(chosen, before)) {
          attendance.rollCall(me, id, line.personId(), rollCall(chosen));
        }
      }
      messages.info("attendance.saved");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    load();
  }

  public void addWalkIn() {
    try {
      Person person =
          accounts
              .findByEmail(walkInEmail == null ? "" : walkInEmail)
              .orElseThrow(
                  () -> DomainException.invalid("walkIn", "error.account.no-email", walkInEmail));
      attendance.rollCall(currentUser.get(), id, person.id(), RollCall.PRESENT);
      walkInEmail = null;
      messages.info("attendance.saved");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    load();
  }

  public void importReport() {
    if (file == null || file.getSize() == 0) {
      messages.error(null, "attendance.noFile");
      return;
    }
    try {
      if (file.getSize() > MAX_REPORT_BYTES) {
        throw new DomainException(
            DomainException.Kind.TOO_LARGE, "error.attendance.too-large", "file", null, "5");
      }
      byte[] content;
      try (InputStream in = file.getInputStream()) {
        content = in.readAllBytes();
      }
      AttendanceService.ImportResult result =
          attendance.importReport(
              currentUser.get(), id, file.getSubmittedFileName(), content, zone);
      AttendanceImport source = result.source();
      if (result.alreadyImported()) {
        messages.info("attendance.alreadyImported", userSession.dateTime(source.importedAt()));
      } else {
        messages.info(
            "attendance.imported",
            source.fileName(),
            source.rowCount(),
            source.newRowCount(),
            source.matchedCount(),
            source.unmatchedCount());
        sayHowItWasRead(source);
      }
      problems = result.problems().stream().map(p -> p.message(userSession.getLocale())).toList();
    } catch (DomainException problem) {
      messages.refused(problem);
    } catch (IOException e) {
      messages.refused(DomainException.invalid("file", "error.file.unreadable"));
    }
    load();
  }

  /** Which layout and which date pattern the file was read with, and who stayed away. */
  private void sayHowItWasRead(AttendanceImport source) {
    if (source.layout() == null) {
      return;
    }
    String layout = messages.text("attendance.layout." + source.layout());
    if (source.datePattern() == null) {
      messages.info("attendance.readAsDurations", layout);
    } else {
      messages.info("attendance.readAs", layout, source.datePattern(), source.dateExample());
    }
    if (source.absentCount() > 0) {
      messages.info("attendance.absentees", source.absentCount());
    }
  }

  public void match(String participant) {
    try {
      attendance.match(currentUser.get(), id, participant, matchEmails.get(participant));
      messages.info("attendance.matched");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    load();
  }

  private static RollCall rollCall(String value) {
    return value == null || value.isBlank()
        ? null
        : RollCall.valueOf(value.toUpperCase(Locale.ROOT));
  }

  public List<String> getZones() {
    return ZoneIds.ALL;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isFound() {
    return found;
  }

  public SessionView getSession() {
    return session;
  }

  public AttendanceSheet getSheet() {
    return sheet;
  }

  public Map<Long, String> getRollCalls() {
    return rollCalls;
  }

  public Map<String, String> getMatchEmails() {
    return matchEmails;
  }

  public String getWalkInEmail() {
    return walkInEmail;
  }

  public void setWalkInEmail(String walkInEmail) {
    this.walkInEmail = walkInEmail;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<String> getProblems() {
    return problems;
  }
}
