package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

  final LessonRenderer renderer = new LessonRenderer();

  @Test
  void rendersHeadingsListsTablesAndLinks() {
    String html =
        renderer.toHtml(
            "# Title\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[IOM](https://www.iom.int)");
    assertTrue(html.contains("<h1>Title</h1>"), html);
    assertTrue(html.contains("<li>one</li>"));
    assertTrue(html.contains("<table>") && html.contains("<td>1</td>"), html);
    assertTrue(html.contains("href=\"https://www.iom.int\""), html);
  }

  @Test
  void removesScriptsHandlersAndJavascriptLinks() {
    String html =
        renderer.toHtml(
            "Hello <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("javascript:"), html);
  }

  @Test
  void aPracticeLessonSplitsAtItsModelAnswerHeading() {
    LessonRenderer.Practice practice =
        renderer.toPracticeHtml(
            "# Practice\n\nA municipality plans a market.\n\n## Your task\n\nAsk who moves.\n\n"
                + "## Model answer\n\nCount the traders who arrive.\n\n## Model answer\n\nAgain.");
    assertTrue(practice.taskHtml().contains("<h2>Your task</h2>"), practice.taskHtml());
    assertFalse(practice.taskHtml().contains("Count the traders"), practice.taskHtml());
    assertFalse(practice.taskHtml().contains("Model answer"), practice.taskHtml());
    assertTrue(
        practice.modelAnswerHtml().contains("Count the traders"), practice.modelAnswerHtml());
    assertTrue(
        practice.modelAnswerHtml().contains("<h2>Model answer</h2>"),
        "only the first heading is the marker");
  }

  @Test
  void theMarkerMustBeALevelTwoHeadingOfItsOwn() {
    assertTrue(ModelAnswer.presentIn("# T\n\n## Model answer  \n\nText"));
    assertFalse(ModelAnswer.presentIn("# T\n\nSee the model answer below."));
    assertFalse(ModelAnswer.presentIn("# T\n\n### Model answer\n\nText"));
    assertEquals("", ModelAnswer.split("# T\n\nNo answer.").answer());
  }

  @Test
  void emptyMarkdownGivesEmptyHtml() {
    assertEquals("", renderer.toHtml(null));
    assertEquals("", renderer.toHtml("  "));
  }
}
