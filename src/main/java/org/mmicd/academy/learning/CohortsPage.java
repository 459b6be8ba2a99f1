package org.mmicd.academy.learning;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * Coordinators' cohorts: the list, a new cohort, and (for one cohort) learners put in one by one by
 * e-mail or from a list of e-mails, every refused line shown with its number and reason.
 */
@Named
@ViewScoped
public class CohortsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MAX_LIST_BYTES = 1_000_000;

  @Inject CohortService cohorts;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;

  private Long id;
  // An entity stays out of the view state, which travels between instances: the id is kept.
  private transient Cohort cohort;
  private Map<Long, Long> counts = Map.of();
  private transient List<Cohort> cohortList;

  private String name;
  private String courseId;
  private String country;
  private String organisation;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private List<String> trainerEmails = new ArrayList<>();

  private String email;
  private String list;
  private transient Part file;
  private List<ImportLine> lines = List.of();

  /** One line of an uploaded list as the page shows it. */
  public record ImportLine(int line, String email, String outcome, boolean refused)
      implements Serializable {}

  public void load() {
    counts = cohorts.learnerCounts();
    if (id != null) {
      try {
        cohort = cohorts.getVisible(currentUser.get(), id);
      } catch (DomainException refusal) {
        id = null;
        messages.refused(refusal);
      }
    }
  }

  public void create() throws IOException {
    try {
      Cohort made =
          cohorts.create(
              currentUser.get(),
              new CohortService.CohortCommand(
                  name, courseId, country, organisation, startsOn, endsOn, trainerEmails));
      messages.info("cohorts.created", made.name());
      redirect(made.id());
    } catch (DomainException refusal) {
      messages.refused(refusal);
    }
  }

  public void place() throws IOException {
    try {
      CohortService.Placement placement = cohorts.place(currentUser.get(), id, email);
      messages.info("cohorts.placement." + CohortResource.apiName(placement), email);
      redirect(id);
    } catch (DomainException refusal) {
      messages.refused("members:email", refusal);
    }
  }

  public void importList() {
    String text = list == null ? "" : list;
    try {
      if (file != null && file.getSize() > 0) {
        if (file.getSize() > MAX_LIST_BYTES) {
          throw DomainException.invalid("file", "error.learning.memberListTooLarge");
        }
        try (InputStream in = file.getInputStream()) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      CohortService.MemberImport result = cohorts.importMembers(currentUser.get(), id, text);
      List<ImportLine> shown = new ArrayList<>();
      result
          .placed()
          .forEach(
              p ->
                  shown.add(
                      new ImportLine(
                          p.line(),
                          p.email(),
                          messages.text(
                              "cohorts.placement." + CohortResource.apiName(p.placement()),
                              p.email()),
                          false)));
      result
          .refused()
          .forEach(
              r ->
                  shown.add(
                      new ImportLine(
                          r.line(),
                          r.email(),
                          messages.text(r.key(), r.arguments().toArray()),
                          true)));
      shown.sort(java.util.Comparator.comparingInt(ImportLine::line));
      lines = shown;
      counts = cohorts.learnerCounts();
      messages.info("cohorts.imported", result.placed().size(), result.refused().size());
    } catch (DomainException refusal) {
      messages.refused(refusal);
    } catch (IOException e) {
      messages.error(null, "cohorts.unreadable");
    }
  }

  private static void redirect(long id) throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/coordinate/cohorts.xhtml?id=" + id);
  }

  public List<Cohort> getCohorts() {
    if (cohortList == null) {
      cohortList = cohorts.cohortsFor(currentUser.get(), null);
    }
    return cohortList;
  }

  public long learners(Cohort cohort) {
    return counts.getOrDefault(cohort.id(), 0L);
  }

  public boolean mayManage(Cohort cohort) {
    return cohorts.mayManage(currentUser.get(), cohort);
  }

  public boolean isCoordinating() {
    Person me = currentUser.get();
    return me.hasRole(org.mmicd.academy.identity.Role.COORDINATOR)
        || me.hasRole(org.mmicd.academy.identity.Role.ADMIN);
  }

  public String trainerNames(Cohort cohort) {
    return String.join(", ", cohort.trainers().stream().map(Person::displayName).toList());
  }

  public List<Course> getCourses() {
    return catalog.courses();
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  public List<Person> getTrainers() {
    return cohorts.trainers();
  }

  public Cohort getCohort() {
    if (cohort == null && id != null) {
      cohort = cohorts.getVisible(currentUser.get(), id);
    }
    return cohort;
  }

  public List<ImportLine> getLines() {
    return lines;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCourseId() {
    return courseId;
  }

  public void setCourseId(String courseId) {
    this.courseId = courseId;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public List<String> getTrainerEmails() {
    return trainerEmails;
  }

  public void setTrainerEmails(List<String> trainerEmails) {
    this.trainerEmails = trainerEmails;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getList() {
    return list;
  }

  public void setList(String list) {
    this.list = list;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
