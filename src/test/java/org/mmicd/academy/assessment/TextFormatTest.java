package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Question texts reach the page as the author meant them, and never as a script. */
class TextFormatTest {

  @Test
  void plainTextIsEscapedAndKeepsItsLineBreaks() {
    assertEquals(
        "2 &lt; 3 &amp; <b> stays text<br />second line".replace("<b>", "&lt;b&gt;"),
        TextFormat.PLAIN.toHtml("2 < 3 & <b> stays text\nsecond line"));
  }

  @Test
  void markdownIsRenderedAndRawHtmlInItDoesNotRun() {
    assertEquals(
        "What is the <em>answer</em>?", TextFormat.MARKDOWN.toInlineHtml("What is the *answer*?"));
    String html = TextFormat.MARKDOWN.toHtml("Hello <script>alert(1)</script>\n\n- a\n- b");
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("<li>a</li>"), html);
  }

  @Test
  void htmlIsSanitisedButKeepsFormatting() {
    String html =
        TextFormat.HTML.toInlineHtml(
            "What is 2<sup>2</sup>? <b onclick=\"steal()\">Think</b><script>x()</script>");
    assertEquals("What is 2<sup>2</sup>? <b>Think</b>", html);
  }

  @Test
  void aDropDownGetsTheWordsOnly() {
    assertEquals("cat food & more", TextFormat.HTML.toPlain("<b>cat</b> food &amp; more"));
    assertEquals("Ottawa, Canada", TextFormat.MARKDOWN.toPlain("**Ottawa**, Canada"));
    assertEquals("a <b>", TextFormat.PLAIN.toPlain("a <b>"));
  }

  @Test
  void anUnknownOrMissingFormatIsPlain() {
    assertEquals(TextFormat.PLAIN, TextFormat.of(null));
    assertEquals(TextFormat.PLAIN, TextFormat.of("rtf"));
    assertEquals(TextFormat.MARKDOWN, TextFormat.of("markdown"));
  }
}
