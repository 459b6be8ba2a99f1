package org.mmicd.academy.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.Sector;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * The coordinators' dashboard: a filter bar that is a plain GET form (so every view has an address
 * to bookmark or send), the charts, the tables with links to the learners behind each number, and
 * the files. The overview is one call to {@link Reports#dashboard}; quizzes and live sessions are a
 * second part of the page, read only when shown.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reports reports;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;
  @Inject CohortService cohorts;
  @Inject Messages messages;

  private String country;
  private String course;
  private String sector;
  private String cohort;
  private String from;
  private String to;
  private String groupBy;
  private String period;
  private Integer inactiveDays;
  private String show;

  private ReportRequest request;
  private Figures.Dashboard dashboard;
  private Figures.Quizzes quizzes;
  private Figures.Attendance attendance;
  private transient List<Cohort> cohortOptions;
  private Map<String, String> moduleTitles;

  public void load() {
    if (request != null) {
      return;
    }
    try {
      request = ReportRequest.parse(this::parameter);
      if ("quizzes".equals(show)) {
        quizzes = reports.quizzes(currentUser.get(), request.filters());
        attendance = reports.attendance(currentUser.get(), request.filters());
      } else {
        dashboard =
            reports.dashboard(
                currentUser.get(), request.filters(), request.grouping(), request.inactiveDays());
      }
    } catch (DomainException refusal) {
      messages.refused(refusal);
    }
  }

  private String parameter(String name) {
    return switch (name) {
      case "country" -> country;
      case "course" -> course;
      case "sector" -> sector;
      case "cohort" -> cohort;
      case "from" -> from;
      case "to" -> to;
      case "groupBy" -> groupBy == null || groupBy.isBlank() ? "country" : "country," + groupBy;
      case "period" -> period;
      case "inactiveDays" -> inactiveDays == null ? null : inactiveDays.toString();
      default -> null;
    };
  }

  /** The query string of the current filters, for the files and the drill-down links. */
  public String getQuery() {
    if (request == null) {
      return "";
    }
    StringBuilder query = new StringBuilder(request.filters().query());
    append(query, "groupBy", request.grouping().key());
    append(query, "period", request.grouping().unit().key());
    append(query, "inactiveDays", Integer.toString(request.inactiveDays()));
    return query.toString();
  }

  /** The learners behind a number of a group: the group's keys become filters. */
  public String drill(Map<String, Object> group, String stage) {
    ReportFilters f = request.filters();
    String groupCountry = (String) group.getOrDefault("country", f.country());
    String groupCourse = (String) group.getOrDefault("course", f.course());
    String groupSector = f.sector();
    if (group.containsKey("sector")) {
      groupSector = group.get("sector") == null ? ReportFilters.NONE : (String) group.get("sector");
    }
    String groupCohort = f.cohort();
    if (group.containsKey("cohort")) {
      groupCohort =
          group.get("cohort") == null ? ReportFilters.NONE : group.get("cohort").toString();
    }
    String groupOrganisation = f.organisation();
    if (group.containsKey("organisation")) {
      groupOrganisation =
          group.get("organisation") == null
              ? ReportFilters.NONE
              : (String) group.get("organisation");
    }
    LocalDate groupFrom = f.from();
    LocalDate groupTo = f.to();
    if (group.get("period") instanceof String label) {
      LocalDate[] span = span(label);
      groupFrom = groupFrom == null || span[0].isAfter(groupFrom) ? span[0] : groupFrom;
      groupTo = groupTo == null || span[1].isBefore(groupTo) ? span[1] : groupTo;
    }
    ReportFilters narrowed =
        new ReportFilters(
            groupCountry,
            groupCourse,
            groupSector,
            groupCohort,
            groupOrganisation,
            groupFrom,
            groupTo);
    return learnersLink(narrowed, stage);
  }

  /** The learners at a stage of the funnel, with the current filters. */
  public String drillStage(String stage) {
    return learnersLink(request.filters(), stage);
  }

  private String learnersLink(ReportFilters filters, String stage) {
    StringBuilder query = new StringBuilder(filters.query());
    append(query, "stage", stage);
    append(query, "inactiveDays", Integer.toString(request.inactiveDays()));
    return "learners.xhtml?" + query;
  }

  /** First and last day of "2026-03" or "2026-Q1". */
  static LocalDate[] span(String period) {
    if (period.contains("-Q")) {
      int year = Integer.parseInt(period.substring(0, 4));
      int quarter = Integer.parseInt(period.substring(6));
      YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
      return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
    }
    YearMonth month = YearMonth.parse(period);
    return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
  }

  private static void append(StringBuilder query, String name, String value) {
    query
        .append(query.length() == 0 ? "" : "&")
        .append(name)
        .append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The file of one table with the current filters. */
  public String file(String report, String format) {
    return "report-file?report=" + report + "&format=" + format + "&" + getQuery();
  }

  public String getBarChart() {
    List<String> labels = new ArrayList<>();
    List<Number> rates = new ArrayList<>();
    for (Map<String, Object> group : dashboard.byCountry()) {
      Object name = group.get("countryName");
      labels.add(name == null ? messages.text("report.noCountry") : name.toString());
      rates.add(Math.round((Double) group.get("completionRate") * 1000) / 10.0);
    }
    return ChartConfig.bar(labels, messages.text("report.completionRatePercent"), rates, false);
  }

  public String getFunnelChart() {
    List<String> labels = new ArrayList<>();
    List<Number> counts = new ArrayList<>();
    for (Figures.StageCount stage : dashboard.funnel().stages()) {
      labels.add(messages.text("report.stage." + stage.stage()));
      counts.add(stage.learners());
    }
    return ChartConfig.bar(labels, messages.text("report.learners"), counts, true);
  }

  public String getLineChart() {
    List<String> labels = new ArrayList<>();
    List<Number> counts = new ArrayList<>();
    for (Figures.MonthCount month : dashboard.completionsPerMonth()) {
      labels.add(month.month());
      counts.add(month.completed());
    }
    return ChartConfig.line(labels, messages.text("report.completions"), counts);
  }

  /** How a group is named in the table: its dimensions, in the viewer's language where needed. */
  public String label(Map<String, Object> group, String field) {
    Object value = group.get(field);
    return switch (field) {
      case "country" ->
          value == null
              ? messages.text("report.noCountry")
              : String.valueOf(group.get("countryName"));
      case "course" -> String.valueOf(group.get("courseTitle"));
      case "cohort" ->
          value == null
              ? messages.text("report.noCohort")
              : String.valueOf(group.get("cohortName"));
      case "sector" ->
          value == null ? messages.text("report.crossSector") : messages.text("sector." + value);
      case "organisation" ->
          value == null ? messages.text("report.noOrganisation") : value.toString();
      default -> value == null ? "—" : value.toString();
    };
  }

  /** The dimensions of the table after the country: the second one chosen, if any. */
  public List<String> getDimensions() {
    List<String> dimensions = new ArrayList<>();
    if (request != null) {
      request.grouping().dimensions().forEach(d -> dimensions.add(d.key()));
    }
    return dimensions;
  }

  public String percent(double rate) {
    return String.format(userSession.getLocale(), "%.1f %%", rate * 100);
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  public List<Course> getCourses() {
    return catalog.courses();
  }

  public List<String> getSectors() {
    return java.util.Arrays.stream(Sector.values()).map(Sector::key).toList();
  }

  public List<Cohort> getCohorts() {
    if (cohortOptions == null) {
      cohortOptions = cohorts.cohortsFor(currentUser.get(), null);
    }
    return cohortOptions;
  }

  public Map<String, String> getGroupings() {
    Map<String, String> groupings = new LinkedHashMap<>();
    for (String key : List.of("course", "sector", "cohort", "organisation", "period")) {
      groupings.put(key, messages.text("report.dimension." + key));
    }
    return groupings;
  }

  public Figures.Dashboard getDashboard() {
    return dashboard;
  }

  public Figures.Quizzes getQuizzes() {
    return quizzes;
  }

  public Figures.Attendance getAttendance() {
    return attendance;
  }

  public String moduleTitle(String moduleId) {
    if (moduleTitles == null) {
      moduleTitles = new java.util.HashMap<>();
      catalog
          .allModules()
          .forEach(m -> moduleTitles.put(m.id(), m.text(userSession.getLanguage()).title()));
    }
    return moduleTitles.getOrDefault(moduleId, moduleId);
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getCohort() {
    return cohort;
  }

  public void setCohort(String cohort) {
    this.cohort = cohort;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(String groupBy) {
    this.groupBy = groupBy;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Integer getInactiveDays() {
    return inactiveDays;
  }

  public void setInactiveDays(Integer inactiveDays) {
    this.inactiveDays = inactiveDays;
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public int getDays() {
    return request == null ? Reports.DEFAULT_INACTIVE_DAYS : request.inactiveDays();
  }
}
