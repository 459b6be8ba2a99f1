package org.mmicd.academy.reporting;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.mmicd.academy.platform.DomainException;

/** One or two dimensions to group by, such as country × course, and the period unit. */
public record Grouping(List<Dimension> dimensions, PeriodUnit unit) implements Serializable {

  public static final Grouping BY_COUNTRY =
      new Grouping(List.of(Dimension.COUNTRY), PeriodUnit.MONTH);

  public Grouping {
    dimensions = List.copyOf(dimensions);
  }

  /** Reads {@code groupBy=country,course} and {@code period=month|quarter}; 400 when unknown. */
  public static Grouping parse(String groupBy, String period) {
    PeriodUnit unit =
        period == null || period.isBlank()
            ? PeriodUnit.MONTH
            : PeriodUnit.fromKey(period)
                .orElseThrow(
                    () -> DomainException.invalid("period", "error.reporting.periodUnit", period));
    if (groupBy == null || groupBy.isBlank()) {
      return new Grouping(List.of(Dimension.COUNTRY), unit);
    }
    List<Dimension> dimensions = new ArrayList<>();
    for (String key : groupBy.split(",")) {
      Dimension dimension =
          Dimension.fromKey(key)
              .orElseThrow(
                  () -> DomainException.invalid("groupBy", "error.reporting.groupBy", key.strip()));
      if (dimensions.contains(dimension)) {
        throw DomainException.invalid("groupBy", "error.reporting.groupByTwice", dimension.key());
      }
      dimensions.add(dimension);
    }
    if (dimensions.size() > 2) {
      throw DomainException.invalid("groupBy", "error.reporting.groupByMore", groupBy);
    }
    return new Grouping(dimensions, unit);
  }

  public boolean byCountryOnly() {
    return dimensions.equals(List.of(Dimension.COUNTRY));
  }

  public boolean uses(Dimension dimension) {
    return dimensions.contains(dimension);
  }

  /** {@code country,course}: how the request asked for it. */
  public String key() {
    return String.join(",", dimensions.stream().map(Dimension::key).toList());
  }

  List<String> columns() {
    List<String> columns = new ArrayList<>();
    dimensions.forEach(d -> columns.addAll(d.columns(unit)));
    return columns;
  }

  List<String> fields() {
    List<String> fields = new ArrayList<>();
    dimensions.forEach(d -> fields.addAll(d.fields()));
    return fields;
  }
}
