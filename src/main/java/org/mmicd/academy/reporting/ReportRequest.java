package org.mmicd.academy.reporting;

import java.io.Serializable;
import java.util.Locale;
import java.util.function.Function;
import org.mmicd.academy.platform.DomainException;

/**
 * The parameters every report reads besides its filters, checked once for the API and the pages:
 * the file format, the stage of a drill-down, the days without activity that make a dropout, and
 * the page asked for.
 */
public record ReportRequest(
    ReportFilters filters,
    Grouping grouping,
    String format,
    Stage stage,
    int inactiveDays,
    int page,
    int size)
    implements Serializable {

  public static final int MAX_INACTIVE_DAYS = 3650;

  public static ReportRequest parse(Function<String, String> parameter) {
    ReportFilters filters = ReportFilters.parse(parameter);
    Grouping grouping = Grouping.parse(parameter.apply("groupBy"), parameter.apply("period"));
    String format = ReportFilters.text(parameter.apply("format"));
    format = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx")) {
      throw DomainException.invalid("format", "error.reporting.format", format);
    }
    String stageKey = ReportFilters.text(parameter.apply("stage"));
    Stage stage =
        stageKey == null
            ? Stage.ENROLLED
            : Stage.fromKey(stageKey)
                .orElseThrow(
                    () -> DomainException.invalid("stage", "error.reporting.stage", stageKey));
    int inactiveDays =
        whole(parameter, "inactiveDays", Reports.DEFAULT_INACTIVE_DAYS, 1, MAX_INACTIVE_DAYS);
    int page = whole(parameter, "page", 0, 0, 1_000_000);
    int size = whole(parameter, "size", 50, 1, Reports.MAX_PAGE_SIZE);
    return new ReportRequest(filters, grouping, format, stage, inactiveDays, page, size);
  }

  public boolean file() {
    return !format.equals("json");
  }

  private static int whole(
      Function<String, String> parameter, String name, int fallback, int min, int max) {
    String text = ReportFilters.text(parameter.apply(name));
    if (text == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw DomainException.invalid(name, "error.reporting.range", name, min, max);
  }
}
