package org.mmicd.academy.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mmicd.academy.catalog.Sector;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;

/**
 * The figures, each from one grouped SQL statement over the enrollments the viewer may see, plus
 * one statement that reads the viewer's scope (none for admins). Nothing loops over learners here:
 * Java only turns rows of counts into records.
 */
@ApplicationScoped
public class Reports {

  public static final int DEFAULT_INACTIVE_DAYS = 30;
  public static final int MAX_PAGE_SIZE = 500;
  public static final int MAX_EXPORT_ROWS = 50_000;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** Completion rate by one or two dimensions. */
  public Figures.Completion completion(Person viewer, ReportFilters filters, Grouping grouping) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    List<Map<String, Object>> groups = groups(statements, scope, filters, grouping);
    return new Figures.Completion(
        grouping.key(), groups, filters.asMap(), clock.instant(), statements.count());
  }

  public Figures.Funnel funnel(Person viewer, ReportFilters filters, int inactiveDays) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    return funnel(statements, scope, filters, inactiveDays);
  }

  /**
   * The dashboard's first load: completion by the grouping asked for, by country, the funnel and
   * completions per month. The funnel's stages add up over countries, so one statement reads both
   * the by-country figures and the funnel; the median time to complete, which does not add up, has
   * its own. At most five statements with the scope.
   */
  public Figures.Dashboard dashboard(
      Person viewer, ReportFilters filters, Grouping grouping, int inactiveDays) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    List<Object[]> countryRows = countryFunnel(statements, scope, filters, inactiveDays);
    List<Map<String, Object>> byCountry = new ArrayList<>();
    long[] totals = new long[FUNNEL_COLUMNS];
    for (Object[] row : countryRows) {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("country", row[0]);
      group.put("countryName", row[FUNNEL_COLUMNS + 3]);
      long enrolled = number(row[1 + Stage.ENROLLED.ordinal()]);
      long completed = number(row[1 + Stage.COMPLETED.ordinal()]);
      group.put("enrolled", enrolled);
      group.put("started", number(row[1 + Stage.STARTED.ordinal()]));
      group.put("completed", completed);
      group.put("withdrawn", number(row[1 + Stage.WITHDRAWN.ordinal()]));
      group.put("certified", number(row[FUNNEL_COLUMNS + 1]));
      group.put("revoked", number(row[FUNNEL_COLUMNS + 2]));
      group.put("completionRate", rate(completed, enrolled));
      byCountry.add(group);
      for (int i = 0; i < FUNNEL_COLUMNS; i++) {
        totals[i] += number(row[1 + i]);
      }
    }
    List<Map<String, Object>> groups =
        grouping.byCountryOnly() ? byCountry : groups(statements, scope, filters, grouping);
    Double median = medianDaysToComplete(statements, scope, filters);
    List<Figures.MonthCount> months = completionsPerMonth(statements, scope, filters);
    Instant now = clock.instant();
    int queries = statements.count();
    return new Figures.Dashboard(
        new Figures.Completion(grouping.key(), groups, filters.asMap(), now, queries),
        byCountry,
        funnel(totals, median, inactiveDays, filters, queries),
        months,
        filters.asMap(),
        now,
        queries);
  }

  /** The learners at a stage, by name; {@code size} 0 asks for all of them (exports). */
  public Figures.Learners learners(
      Person viewer, ReportFilters filters, Stage stage, int inactiveDays, int page, int size) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    Sql sql =
        new Sql()
            .append(
                "SELECT f.id, p.display_name, p.email, f.country_code, f.course_id, f.cohort_id,"
                    + " co.name, f.status, f.progress_percent,"
                    + " f.last_activity_at, f.enrolled_at, f.completed_at, COUNT(*) OVER () FROM ");
    facts(sql, scope, filters, inactiveDays);
    sql.append(
            " f JOIN person p ON p.id = f.person_id"
                + " LEFT JOIN cohort co ON co.id = f.cohort_id WHERE ")
        .append(stage.condition())
        .append(" ORDER BY p.display_name, f.id OFFSET ")
        .value(size == 0 ? 0 : (long) page * size)
        .append(" ROWS FETCH NEXT ")
        .value(size == 0 ? MAX_EXPORT_ROWS : size)
        .append(" ROWS ONLY");
    List<Figures.Learner> learners = new ArrayList<>();
    long total = 0;
    for (Object[] row : statements.rows(sql)) {
      learners.add(
          new Figures.Learner(
              number(row[0]),
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              row[5] == null ? null : number(row[5]),
              (String) row[6],
              ((String) row[7]).toLowerCase(Locale.ROOT),
              (int) number(row[8]),
              instant(row[9]),
              instant(row[10]),
              instant(row[11])));
      total = number(row[12]);
    }
    if (learners.isEmpty() && page > 0) {
      total = funnel(statements, scope, filters, inactiveDays).count(stage.key());
    }
    return new Figures.Learners(
        stage.key(),
        page,
        size,
        total,
        learners,
        filters.asMap(),
        clock.instant(),
        statements.count());
  }

  /** Pass rates of every quiz among the learners in scope (of the course's modules, if one). */
  public Figures.Quizzes quizzes(Person viewer, ReportFilters filters) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    // Takers: learners in scope who submitted an attempt or have a pass (passes can be imported).
    Sql sql =
        new Sql()
            .append(
                "SELECT t.module_id, t.attempts, t.takers, t.passed, t.mean_score FROM"
                    + " (SELECT q.module_id, (SELECT COUNT(*) FROM quiz_attempt a"
                    + " WHERE a.module_id = q.module_id AND a.status <> 'IN_PROGRESS'"
                    + " AND a.person_id IN ");
    learnerIds(sql, scope, filters);
    sql.append(") AS attempts, (SELECT COUNT(*) FROM person tp WHERE tp.id IN ");
    learnerIds(sql, scope, filters);
    sql.append(
        " AND (EXISTS (SELECT 1 FROM quiz_attempt a WHERE a.module_id = q.module_id"
            + " AND a.person_id = tp.id AND a.status <> 'IN_PROGRESS') OR EXISTS (SELECT 1"
            + " FROM quiz_pass qp WHERE qp.module_id = q.module_id AND qp.person_id = tp.id)))"
            + " AS takers, (SELECT COUNT(*) FROM quiz_pass qp WHERE qp.module_id = q.module_id"
            + " AND qp.person_id IN ");
    learnerIds(sql, scope, filters);
    sql.append(
        ") AS passed, (SELECT AVG(a.score_percent) FROM quiz_attempt a"
            + " WHERE a.module_id = q.module_id AND a.status <> 'IN_PROGRESS'"
            + " AND a.person_id IN ");
    learnerIds(sql, scope, filters);
    sql.append(") AS mean_score FROM quiz q WHERE q.retired = FALSE");
    if (filters.course() != null) {
      sql.append(
              " AND q.module_id IN (SELECT cm.module_id FROM course_module cm WHERE cm.course_id = ")
          .value(filters.course())
          .append(")");
    }
    sql.append(") t WHERE t.takers > 0 ORDER BY t.module_id");
    List<Figures.QuizRate> rates = new ArrayList<>();
    for (Object[] row : statements.rows(sql)) {
      long attempted = number(row[2]);
      long passed = number(row[3]);
      rates.add(
          new Figures.QuizRate(
              (String) row[0],
              number(row[1]),
              attempted,
              passed,
              rate(passed, attempted),
              row[4] == null ? null : round(((Number) row[4]).doubleValue(), 1)));
    }
    return new Figures.Quizzes(rates, filters.asMap(), clock.instant(), statements.count());
  }

  /** Attendance of the held sessions among the registered learners in scope, latest first. */
  public Figures.Attendance attendance(Person viewer, ReportFilters filters) {
    Statements statements = new Statements(em);
    ReportScope scope = scope(statements, viewer, filters);
    Sql sql =
        new Sql()
            .append(
                "SELECT s.id, s.title, s.starts_at, s.country_code, s.cohort_name, s.registered,"
                    + " s.attended FROM (SELECT ls.id, ls.title, ls.starts_at, ls.country_code,"
                    + " sco.name AS cohort_name,"
                    + " (SELECT COUNT(*) FROM session_registration r WHERE r.session_id = ls.id"
                    + " AND r.status = 'REGISTERED' AND r.person_id IN ");
    learnerIds(sql, scope, filters);
    sql.append(
        ") AS registered, (SELECT COUNT(*) FROM session_registration r"
            + " JOIN session_attendance sa ON sa.session_id = r.session_id"
            + " AND sa.person_id = r.person_id AND sa.attended = TRUE"
            + " WHERE r.session_id = ls.id AND r.status = 'REGISTERED' AND r.person_id IN ");
    learnerIds(sql, scope, filters);
    sql.append(
        ") AS attended FROM live_session ls LEFT JOIN cohort sco ON sco.id = ls.cohort_id"
            + " WHERE ls.status = 'HELD') s WHERE s.registered > 0"
            + " ORDER BY s.starts_at DESC, s.id");
    List<Figures.SessionRate> sessions = new ArrayList<>();
    for (Object[] row : statements.rows(sql)) {
      long registered = number(row[5]);
      long attended = number(row[6]);
      sessions.add(
          new Figures.SessionRate(
              number(row[0]),
              (String) row[1],
              instant(row[2]),
              (String) row[3],
              (String) row[4],
              registered,
              attended,
              rate(attended, registered)));
    }
    return new Figures.Attendance(sessions, filters.asMap(), clock.instant(), statements.count());
  }

  private List<Map<String, Object>> groups(
      Statements statements, ReportScope scope, ReportFilters filters, Grouping grouping) {
    String keys = String.join(", ", grouping.columns());
    Sql sql =
        new Sql()
            .append("SELECT ")
            .append(keys)
            .append(
                ", COUNT(*), SUM(CASE WHEN e.last_activity_at IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN e.status = 'WITHDRAWN' THEN 1 ELSE 0 END),"
                    // IN, not EXISTS: one hashed set of the certificates, not a probe per row.
                    + " SUM(CASE WHEN e.id IN (SELECT c.enrollment_id FROM certificate c"
                    + " WHERE c.status = 'VALID') THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN e.id IN (SELECT c.enrollment_id FROM certificate c"
                    + " WHERE c.status = 'REVOKED') THEN 1 ELSE 0 END)");
    from(sql, scope, filters, grouping);
    sql.append(" GROUP BY ").append(keys).append(" ORDER BY ").append(keys);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Object[] row : statements.rows(sql)) {
      Map<String, Object> group = new LinkedHashMap<>();
      int at = 0;
      for (Dimension dimension : grouping.dimensions()) {
        at += dimension.read(row, at, grouping.unit(), group);
      }
      long enrolled = number(row[at]);
      long completed = number(row[at + 2]);
      group.put("enrolled", enrolled);
      group.put("started", number(row[at + 1]));
      group.put("completed", completed);
      group.put("withdrawn", number(row[at + 3]));
      group.put("certified", number(row[at + 4]));
      group.put("revoked", number(row[at + 5]));
      group.put("completionRate", rate(completed, enrolled));
      groups.add(group);
    }
    return groups;
  }

  /** Columns of a funnel row: enrolled, five stages after it, dropped out, withdrawn. */
  private static final int FUNNEL_COLUMNS = Stage.values().length;

  /**
   * The funnel's columns as counts of the facts ({@code f}), each filtered by its stage's
   * condition: one definition of the stages for the counts and for the list of learners at one.
   */
  private static final String FUNNEL_SUMS =
      Arrays.stream(Stage.values())
          .map(
              stage ->
                  "COUNT(*) FILTER (WHERE "
                      + stage.condition()
                      + ") AS "
                      + stage.name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));

  private Figures.Funnel funnel(
      Statements statements, ReportScope scope, ReportFilters filters, int inactiveDays) {
    Sql sql = new Sql().append("SELECT ").append(FUNNEL_SUMS).append(", ");
    median(sql, scope, filters);
    sql.append(" FROM ");
    facts(sql, scope, filters, inactiveDays);
    sql.append(" f");
    Object[] row = statements.rows(sql).get(0);
    long[] totals = new long[FUNNEL_COLUMNS];
    for (int i = 0; i < FUNNEL_COLUMNS; i++) {
      totals[i] = number(row[i]);
    }
    Double median = row[8] == null ? null : ((Number) row[8]).doubleValue();
    return funnel(totals, median, inactiveDays, filters, statements.count());
  }

  /**
   * The funnel by country, with each country's certificates: what the dashboard shows by country,
   * and, added up, the funnel. Columns: country, the funnel's columns, certified, revoked, the
   * country's name.
   */
  private List<Object[]> countryFunnel(
      Statements statements, ReportScope scope, ReportFilters filters, int inactiveDays) {
    Sql sql =
        new Sql()
            .append("SELECT g.*, pc.name FROM (SELECT f.country_code, ")
            .append(FUNNEL_SUMS)
            .append(
                // IN, not EXISTS: one hashed set of the certificates, not a probe per row.
                ", COUNT(*) FILTER (WHERE f.id IN (SELECT c.enrollment_id FROM certificate c"
                    + " WHERE c.status = 'VALID')) AS certified,"
                    + " COUNT(*) FILTER (WHERE f.id IN (SELECT c.enrollment_id FROM certificate c"
                    + " WHERE c.status = 'REVOKED')) AS revoked FROM ");
    facts(sql, scope, filters, inactiveDays);
    // The country's name joined to the 13 or so groups, not to every enrollment.
    sql.append(
        " f GROUP BY f.country_code) g LEFT JOIN country pc ON pc.code = g.country_code"
            + " ORDER BY g.country_code");
    return statements.rows(sql);
  }

  private Double medianDaysToComplete(
      Statements statements, ReportScope scope, ReportFilters filters) {
    Sql sql = new Sql().append("SELECT ");
    median(sql, scope, filters);
    Object value = statements.rows(sql).get(0)[0];
    return value == null ? null : ((Number) value).doubleValue();
  }

  /**
   * The median days from enrolment to completion of the completed enrollments in scope, as a scalar
   * subquery; without percentile_cont (PostgreSQL only): the middle one or two of the ordered
   * durations.
   */
  private static void median(Sql sql, ReportScope scope, ReportFilters filters) {
    sql.append(
        "(SELECT AVG(m.days) FROM (SELECT d.days, ROW_NUMBER() OVER (ORDER BY d.days)"
            + " AS row_no, COUNT(*) OVER () AS row_total FROM (SELECT"
            + " EXTRACT(EPOCH FROM (c.completed_at - c.enrolled_at)) / 86400.0 AS days"
            + " FROM ");
    scoped(sql, scope, filters);
    sql.append(
        " c WHERE c.status = 'COMPLETED' AND c.completed_at IS NOT NULL) d) m"
            + " WHERE m.row_no IN ((m.row_total + 1) / 2, (m.row_total + 2) / 2))");
  }

  /** The funnel from its summed columns (see {@link #FUNNEL_COLUMNS}). */
  private Figures.Funnel funnel(
      long[] totals, Double median, int inactiveDays, ReportFilters filters, int queries) {
    long enrolled = totals[0];
    List<Figures.StageCount> stages = new ArrayList<>();
    Stage[] funnel = {
      Stage.ENROLLED,
      Stage.STARTED,
      Stage.HALF_DONE,
      Stage.QUIZZES_PASSED,
      Stage.ATTENDED,
      Stage.COMPLETED
    };
    for (int i = 0; i < funnel.length; i++) {
      stages.add(new Figures.StageCount(funnel[i].key(), totals[i], rate(totals[i], enrolled)));
    }
    return new Figures.Funnel(
        stages,
        inactiveDays,
        totals[6],
        totals[7],
        median == null ? null : round(median, 1),
        filters.asMap(),
        clock.instant(),
        queries);
  }

  private List<Figures.MonthCount> completionsPerMonth(
      Statements statements, ReportScope scope, ReportFilters filters) {
    List<String> month = PeriodUnit.MONTH.columns("e.completed_at");
    String keys = String.join(", ", month);
    Sql sql = new Sql().append("SELECT ").append(keys).append(", COUNT(*)");
    from(sql, scope, filters, null);
    sql.append(" AND e.status = 'COMPLETED' AND e.completed_at IS NOT NULL GROUP BY ")
        .append(keys)
        .append(" ORDER BY ")
        .append(keys);
    Map<YearMonth, Long> counts = new LinkedHashMap<>();
    for (Object[] row : statements.rows(sql)) {
      counts.put(YearMonth.of((int) number(row[0]), (int) number(row[1])), number(row[2]));
    }
    // The last twelve months at least, months without a completion included.
    YearMonth last = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC));
    YearMonth first = last.minusMonths(11);
    if (!counts.isEmpty() && counts.keySet().iterator().next().isBefore(first)) {
      first = counts.keySet().iterator().next();
    }
    List<Figures.MonthCount> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(new Figures.MonthCount(m.toString(), counts.getOrDefault(m, 0L)));
    }
    return months;
  }

  /**
   * The facts of each enrollment in scope, as a derived table that {@link Stage}'s conditions read:
   * the enrollment's columns, among them the course progress and the counts of required quizzes
   * passed and live sessions attended (kept on the enrollment by learning's ProgressCounters and
   * webinars' SessionsAttendedCounter), what its course asks for (quizzes needed, sessions needed)
   * and whether it dropped out. No statement per learner, and no grouping of passes or roll calls.
   * Derived tables, not CTEs: H2 2.2 loses the parameters of a CTE that another CTE reads.
   */
  private void facts(Sql sql, ReportScope scope, ReportFilters filters, int inactiveDays) {
    OffsetDateTime inactiveSince =
        clock.instant().minus(Duration.ofDays(inactiveDays)).atOffset(ZoneOffset.UTC);
    sql.append(
            "(SELECT s.id, s.person_id, s.course_id, s.cohort_id, s.status, s.enrolled_at,"
                + " s.country_code,"
                + " s.completed_at, s.last_activity_at, s.progress_percent,"
                + " s.required_quizzes_passed, s.live_sessions_attended,"
                + " t.quizzes_needed, t.sessions_needed,"
                + " CASE WHEN s.status = 'ACTIVE' AND COALESCE(s.last_activity_at, s.enrolled_at) < ")
        .value(inactiveSince)
        .append(" THEN 1 ELSE 0 END AS dropped_out FROM ");
    scoped(sql, scope, filters);
    sql.append(
        " s JOIN"
            // What each course asks for, as the completion rule counts it: every quiz of its
            // required modules (if it asks for quizzes), and at least one live session. One small
            // grouped table, so each enrollment meets one join.
            + " (SELECT c.id, CASE WHEN c.quizzes_required = TRUE THEN COUNT(lm.id) ELSE 0 END"
            + " AS quizzes_needed, CASE WHEN c.min_live_sessions > 1 THEN c.min_live_sessions"
            + " ELSE 1 END AS sessions_needed FROM course c"
            + " LEFT JOIN course_module cm ON cm.course_id = c.id AND cm.required = TRUE"
            + " LEFT JOIN learning_module lm ON lm.id = cm.module_id AND lm.quiz_file IS NOT NULL"
            + " GROUP BY c.id, c.quizzes_required, c.min_live_sessions) t ON t.id = s.course_id)");
  }

  /** The enrollments in scope that pass the filters, as a derived table. */
  private static void scoped(Sql sql, ReportScope scope, ReportFilters filters) {
    sql.append(
        "(SELECT e.id, e.person_id, e.course_id, e.cohort_id, e.status,"
            + " e.enrolled_at, e.completed_at, e.last_activity_at, e.progress_percent,"
            + " e.required_quizzes_passed, e.live_sessions_attended, e.country_code");
    from(sql, scope, filters, null);
    sql.append(")");
  }

  /** The learners (people) of the enrollments in scope, as a derived table of person_id. */
  private static void learnerIds(Sql sql, ReportScope scope, ReportFilters filters) {
    sql.append("(SELECT e.person_id");
    from(sql, scope, filters, null);
    sql.append(")");
  }

  /**
   * FROM and WHERE of the enrollments that pass the filters and the scope, with the columns the
   * grouping reads ({@code null}: none). A table is joined only when a column, a filter or the
   * scope needs it, and never the person: the country is kept on the enrollment (V22).
   */
  private static void from(Sql sql, ReportScope scope, ReportFilters filters, Grouping grouping) {
    boolean byCountry = grouping != null && grouping.uses(Dimension.COUNTRY);
    boolean course = grouping != null && grouping.uses(Dimension.COURSE);
    boolean cohort =
        grouping != null
                && (grouping.uses(Dimension.COHORT) || grouping.uses(Dimension.ORGANISATION))
            || filters.organisation() != null;
    sql.append(" FROM enrollment e");
    if (byCountry) {
      sql.append(" LEFT JOIN country pc ON pc.code = e.country_code");
    }
    if (course) {
      sql.append(" JOIN course c ON c.id = e.course_id");
    }
    if (cohort) {
      sql.append(" LEFT JOIN cohort co ON co.id = e.cohort_id");
    }
    if (grouping != null && grouping.uses(Dimension.SECTOR)) {
      sql.append(
          " LEFT JOIN (SELECT DISTINCT cm.course_id, lm.sector FROM course_module cm"
              + " JOIN learning_module lm ON lm.id = cm.module_id WHERE cm.required = TRUE"
              + " AND lm.part = 'TOOLKIT' AND lm.sector IS NOT NULL) sec"
              + " ON sec.course_id = e.course_id");
    }
    sql.append(" WHERE 1 = 1");
    if (filters.country() != null) {
      sql.append(" AND e.country_code = ").value(filters.country());
    }
    if (filters.course() != null) {
      sql.append(" AND e.course_id = ").value(filters.course());
    }
    if (filters.cohort() != null) {
      if (filters.cohortId() == null) {
        sql.append(" AND e.cohort_id IS NULL");
      } else {
        sql.append(" AND e.cohort_id = ").value(filters.cohortId());
      }
    }
    if (filters.organisation() != null) {
      if (filters.organisation().equalsIgnoreCase(ReportFilters.NONE)) {
        sql.append(" AND co.organisation IS NULL");
      } else {
        sql.append(" AND co.organisation = ").value(filters.organisation());
      }
    }
    if (filters.sector() != null) {
      String sectorModules =
          " (SELECT 1 FROM course_module fm JOIN learning_module flm ON flm.id = fm.module_id"
              + " WHERE fm.course_id = e.course_id AND fm.required = TRUE AND flm.part = 'TOOLKIT'"
              + " AND flm.sector ";
      if (filters.sector().equals(ReportFilters.NONE)) {
        sql.append(" AND NOT EXISTS").append(sectorModules).append("IS NOT NULL)");
      } else {
        sql.append(" AND EXISTS")
            .append(sectorModules)
            .append("= ")
            .value(Sector.fromKey(filters.sector()).orElseThrow().name())
            .append(")");
      }
    }
    if (filters.from() != null) {
      sql.append(" AND e.enrolled_at >= ").value(filters.fromInstant());
    }
    if (filters.to() != null) {
      sql.append(" AND e.enrolled_at < ").value(filters.toExclusive());
    }
    scope.appendTo(sql);
  }

  /**
   * The viewer's scope and the facts of the cohort asked for, in one statement: the coordinator's
   * countries ("*" for all), the cohort's country ("*" for none) and whether the viewer leads it.
   */
  private ReportScope scope(Statements statements, Person viewer, ReportFilters filters) {
    Long cohortId = filters.cohortId();
    if (viewer.hasRole(Role.ADMIN) && cohortId == null) {
      return ReportScope.everything();
    }
    Sql sql =
        new Sql()
            .append(
                "SELECT 'country', CASE WHEN s.all_countries = TRUE THEN '*'"
                    + " ELSE cc.country_code END FROM coordinator_scope s"
                    + " LEFT JOIN coordinator_country cc ON cc.person_id = s.person_id"
                    + " WHERE s.person_id = ")
            .value(viewer.id());
    if (cohortId != null) {
      sql.append(" UNION ALL SELECT 'cohort', COALESCE(co.country_code, '*') FROM cohort co")
          .append(" WHERE co.id = ")
          .value(cohortId)
          .append(" UNION ALL SELECT 'leads', 'yes' FROM cohort_trainer ct WHERE ct.cohort_id = ")
          .value(cohortId)
          .append(" AND ct.person_id = ")
          .value(viewer.id());
    }
    List<String> countries = new ArrayList<>();
    String cohortCountry = null;
    boolean leads = false;
    for (Object[] row : statements.rows(sql)) {
      String kind = row[0].toString().strip();
      String value = row[1] == null ? null : row[1].toString().strip();
      switch (kind) {
        case "country" -> {
          if (value != null) {
            countries.add(value);
          }
        }
        case "cohort" -> cohortCountry = value;
        default -> leads = true;
      }
    }
    if (cohortId != null && cohortCountry == null) {
      throw DomainException.notFound("error.reporting.noCohort", cohortId);
    }
    ReportScope scope = ReportScope.of(viewer, countries);
    scope.check(
        filters,
        cohortId == null
            ? Optional.empty()
            : Optional.of(
                new ReportScope.CohortFacts(
                    cohortId, "*".equals(cohortCountry) ? null : cohortCountry, leads)));
    return scope;
  }

  static double rate(long part, long whole) {
    return whole == 0 ? 0 : round((double) part / whole, 4);
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant();
    }
    throw new IllegalStateException("Not an instant: " + value.getClass());
  }
}
