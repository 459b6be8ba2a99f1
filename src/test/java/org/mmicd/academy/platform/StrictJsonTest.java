package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies that JSON-B would bind wrongly are refused with the field they concern. */
class StrictJsonTest {

  record Answer(List<Integer> choices, Boolean value, Map<String, Integer> matches, String text) {}

  record Report(String eventId, int secondsSpent, long big, boolean flag, double share) {}

  record Outer(Report report, List<Report> more) {}

  @Test
  void wellFormedBodiesPass() {
    assertDoesNotThrow(() -> check("{\"choices\":[0,2],\"value\":true}", Answer.class));
    assertDoesNotThrow(() -> check("{\"matches\":{\"0\":2,\"1\":0},\"text\":null}", Answer.class));
    assertDoesNotThrow(() -> check("{\"choices\":[1.0]}", Answer.class));
    assertDoesNotThrow(
        () -> check("{\"secondsSpent\":2147483647,\"big\":-9223372036854775808}", Report.class));
    assertDoesNotThrow(() -> check("{\"unknown\":\"ignored as JSON-B does\"}", Report.class));
    assertDoesNotThrow(() -> check("  ", Report.class));
  }

  @Test
  void numbersThatDoNotFitAreRefusedNotWrapped() {
    assertEquals("choices[0]", field("{\"choices\":[9223372036854775808]}", Answer.class));
    assertEquals("choices[1]", field("{\"choices\":[1,4294967296]}", Answer.class));
    assertEquals("choices[0]", field("{\"choices\":[1.5]}", Answer.class));
    assertEquals("matches.0", field("{\"matches\":{\"0\":5000000000}}", Answer.class));
    assertEquals("secondsSpent", field("{\"secondsSpent\":4294967306}", Report.class));
    assertEquals("secondsSpent", field("{\"secondsSpent\":\"10\"}", Report.class));
    assertEquals("big", field("{\"big\":1e30}", Report.class));
    assertEquals("share", field("{\"share\":\"half\"}", Report.class));
    DomainException refusal = refusal("{\"secondsSpent\":1e10}", Report.class);
    assertEquals(
        "secondsSpent must be a whole number from -2147483648 to 2147483647.",
        refusal.getMessage());
  }

  @Test
  void onlyTrueAndFalseAreTruthValues() {
    assertEquals("value", field("{\"value\":\"yes\"}", Answer.class));
    assertEquals("value", field("{\"value\":1}", Answer.class));
    assertEquals("flag", field("{\"flag\":null}", Report.class));
  }

  @Test
  void textIsTextAndStorable() {
    assertEquals("text", field("{\"text\":5}", Answer.class));
    assertEquals("eventId", field("{\"eventId\":\"a\\u0000b\"}", Report.class));
    assertEquals("eventId", field("{\"eventId\":\"\\ud800\"}", Report.class));
    assertEquals("choices", field("{\"choices\":\"1\"}", Answer.class));
  }

  @Test
  void nestedRecordsAndListsAreWalked() {
    assertEquals("report.secondsSpent", field("{\"report\":{\"secondsSpent\":true}}", Outer.class));
    assertEquals("more[1].flag", field("{\"more\":[{},{\"flag\":\"no\"}]}", Outer.class));
    assertEquals("body", field("[1]", Report.class));
  }

  @Test
  void repeatedKeysAndTrailingContentAreMalformed() {
    assertEquals(
        "error.api.malformed-body",
        refusal("{\"value\":true,\"value\":false}", Answer.class).key());
    assertEquals("error.api.malformed-body", refusal("{\"choices\":[1]}x", Answer.class).key());
    assertEquals("error.api.malformed-body", refusal("{\"choices\":[1]", Answer.class).key());
  }

  private static void check(String body, Class<?> type) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (!body.isBlank()) {
      StrictJson.check(StrictJson.parse(bytes), type, "");
    }
  }

  private static DomainException refusal(String body, Class<?> type) {
    DomainException refusal = assertThrows(DomainException.class, () -> check(body, type));
    assertEquals(DomainException.Kind.INVALID, refusal.kind());
    return refusal;
  }

  private static String field(String body, Class<?> type) {
    return refusal(body, type).field();
  }
}
