package org.mmicd.academy.reporting;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built as JSON so that names with quotes
 * stay data. The page embeds them in a script, so "<" is written as an escape.
 */
final class ChartConfig {

  private static final String BLUE = "#0b4f8a";
  private static final String GREEN = "#1b7f3b";

  private ChartConfig() {}

  /** Bars, vertical or (for a funnel) horizontal. */
  static String bar(List<String> labels, String series, List<Number> values, boolean horizontal) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder().add("legend", hidden()));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return config("bar", labels, dataset(series, values, horizontal ? GREEN : BLUE), options);
  }

  static String line(List<String> labels, String series, List<Number> values) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("plugins", Json.createObjectBuilder().add("legend", hidden()))
            .add(
                "scales",
                Json.createObjectBuilder()
                    .add(
                        "y",
                        Json.createObjectBuilder()
                            .add("beginAtZero", true)
                            .add("ticks", Json.createObjectBuilder().add("precision", 0))));
    return config(
        "line",
        labels,
        dataset(series, values, BLUE).add("tension", 0.2).add("fill", false),
        options);
  }

  private static JsonObjectBuilder hidden() {
    return Json.createObjectBuilder().add("display", false);
  }

  private static JsonObjectBuilder dataset(String series, List<Number> values, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(v -> data.add(v.doubleValue()));
    return Json.createObjectBuilder()
        .add("label", series)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour);
  }

  private static String config(
      String type, List<String> labels, JsonObjectBuilder dataset, JsonObjectBuilder options) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", names)
                .add("datasets", Json.createArrayBuilder().add(dataset)))
        .add("options", options)
        .build()
        .toString()
        .replace("<", "\\u003c");
  }
}
