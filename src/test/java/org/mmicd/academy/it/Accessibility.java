package org.mmicd.academy.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What axe-core (src/test/resources/axe, pinned) and the browser's own Content-Security-Policy
 * reports say about the page in front of the browser, as lines people can act on.
 */
final class Accessibility {

  /** The success criteria a public body must meet: WCAG 2.1 levels A and AA, with 2.0's. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** Collects the page's CSP violations from its first script on; see Browser#start. */
  static final String POLICY_LISTENER =
      "window.mmicdPolicyViolations = [];"
          + "document.addEventListener('securitypolicyviolation', function (e) {"
          + " window.mmicdPolicyViolations.push(e.violatedDirective + ' blocked '"
          + " + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '') + ':' + e.lineNumber"
          + " + (e.sample ? ' (' + e.sample + ')' : '')); });";

  private static String script;

  private Accessibility() {}

  static List<String> violations(WebDriver driver, int width, boolean withContrast) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(axe());
    }
    Object answer =
        js.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " rules: {'color-contrast': {enabled: arguments[1]}},"
                + " resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations)))"
                + ".catch(e => done(JSON.stringify([{id: 'axe-failed', impact: 'critical',"
                + " help: String(e), nodes: []}])));",
            TAGS,
            withContrast);
    List<String> lines = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(answer.toString()))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject violation = value.asJsonObject();
        JsonArray nodes = violation.getJsonArray("nodes");
        lines.add(
            "["
                + width
                + " px] "
                + violation.getString("impact", "?")
                + " "
                + violation.getString("id")
                + ": "
                + violation.getString("help", "")
                + " ("
                + nodes.size()
                + ")");
        for (JsonValue node : nodes.subList(0, Math.min(5, nodes.size()))) {
          JsonObject element = node.asJsonObject();
          String summary = element.getString("failureSummary", "").replace('\n', ' ');
          lines.add(
              "    "
                  + element.getJsonArray("target")
                  + " "
                  + shorten(element.getString("html", ""), 160)
                  + " → "
                  + shorten(summary, 300));
        }
      }
    }
    return lines;
  }

  /** The Content-Security-Policy violations the page reported since it loaded. */
  static List<String> policyViolations(WebDriver driver) {
    Object found =
        ((JavascriptExecutor) driver).executeScript("return window.mmicdPolicyViolations || [];");
    List<String> lines = new ArrayList<>();
    if (found instanceof List<?> list) {
      list.forEach(v -> lines.add("CSP: " + v));
    }
    return lines;
  }

  private static synchronized String axe() {
    if (script == null) {
      try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
        if (in == null) {
          throw new IllegalStateException("axe/axe.min.js is not on the test class path");
        }
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }

  private static String shorten(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…";
  }
}
