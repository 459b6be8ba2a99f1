package org.mmicd.academy.reporting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.platform.DomainException;

class ReportRequestTest {

  private static ReportRequest parse(Map<String, String> parameters) {
    return ReportRequest.parse(parameters::get);
  }

  private static DomainException refused(Map<String, String> parameters) {
    return assertThrows(DomainException.class, () -> parse(parameters));
  }

  @Test
  void readsEveryFilterAndTheGrouping() {
    ReportRequest request =
        parse(
            Map.of(
                "country", "np",
                "course", "track-nepal",
                "sector", "Health",
                "cohort", "42",
                "from", "2026-01-01",
                "to", "2026-03-31",
                "groupBy", "country, period",
                "period", "quarter",
                "stage", "halfdone",
                "format", "XLSX"));
    ReportFilters filters = request.filters();
    assertEquals("NP", filters.country());
    assertEquals("health", filters.sector());
    assertEquals(42L, filters.cohortId());
    assertEquals(LocalDate.of(2026, 3, 31), filters.to());
    assertEquals(List.of(Dimension.COUNTRY, Dimension.PERIOD), request.grouping().dimensions());
    assertEquals(PeriodUnit.QUARTER, request.grouping().unit());
    assertEquals(Stage.HALF_DONE, request.stage());
    assertEquals("xlsx", request.format());
    assertEquals(Reports.DEFAULT_INACTIVE_DAYS, request.inactiveDays());
    assertEquals(
        "country=NP&course=track-nepal&sector=health&cohort=42&from=2026-01-01&to=2026-03-31",
        filters.query());
  }

  @Test
  void withoutParametersItIsEveryoneByCountry() {
    ReportRequest request = parse(Map.of());
    assertEquals(ReportFilters.ALL, request.filters());
    assertEquals(Grouping.BY_COUNTRY, request.grouping());
    assertEquals(Stage.ENROLLED, request.stage());
    assertEquals("json", request.format());
    assertNull(request.filters().cohortId());
  }

  @Test
  void noneAsksForWhatHasNoCohortOrSector() {
    ReportFilters filters = parse(Map.of("cohort", "NONE", "sector", "none")).filters();
    assertEquals(ReportFilters.NONE, filters.cohort());
    assertNull(filters.cohortId());
    assertEquals(ReportFilters.NONE, filters.sector());
  }

  @Test
  void everyBadParameterNamesItsField() {
    assertEquals("groupBy", refused(Map.of("groupBy", "weather")).field());
    assertEquals("groupBy", refused(Map.of("groupBy", "country,course,cohort")).field());
    assertEquals("groupBy", refused(Map.of("groupBy", "course,course")).field());
    assertEquals("period", refused(Map.of("period", "week")).field());
    assertEquals("from", refused(Map.of("from", "2026-02-30")).field());
    assertEquals("to", refused(Map.of("from", "2026-03-01", "to", "2026-02-01")).field());
    assertEquals("country", refused(Map.of("country", "Nepal")).field());
    assertEquals("sector", refused(Map.of("sector", "space")).field());
    assertEquals("cohort", refused(Map.of("cohort", "1; drop table")).field());
    assertEquals("format", refused(Map.of("format", "pdf")).field());
    assertEquals("stage", refused(Map.of("stage", "graduated")).field());
    assertEquals("inactiveDays", refused(Map.of("inactiveDays", "0")).field());
    assertEquals("page", refused(Map.of("page", "-1")).field());
    assertEquals("size", refused(Map.of("size", "501")).field());
    assertEquals("size", refused(Map.of("size", "many")).field());
    assertEquals(DomainException.Kind.INVALID, refused(Map.of("size", "0")).kind());
  }

  @Test
  void aPeriodOfTheTableBecomesDatesForTheDrillDown() {
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)},
        DashboardPage.span("2026-02"));
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)},
        DashboardPage.span("2026-Q2"));
    assertEquals("2026-Q4", PeriodUnit.QUARTER.label(2026, 4));
    assertEquals("2026-03", PeriodUnit.MONTH.label(2026L, 3.0));
  }
}
