package org.mmicd.academy.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A practice lesson's Markdown is a task followed by a heading {@code ## Model answer} and the
 * answer the learner compares their own with. The heading is a marker in every language: the lesson
 * page replaces it with its own "Show the model answer" toggle.
 */
public record ModelAnswer(String task, String answer) {

  private static final Pattern HEADING =
      Pattern.compile("^##[ \\t]+Model answer[ \\t]*$", Pattern.MULTILINE);

  public static boolean presentIn(String markdown) {
    return markdown != null && HEADING.matcher(markdown).find();
  }

  /** Splits at the first marker heading; without one, everything is task and the answer empty. */
  public static ModelAnswer split(String markdown) {
    if (markdown == null) {
      return new ModelAnswer(null, "");
    }
    Matcher heading = HEADING.matcher(markdown);
    if (!heading.find()) {
      return new ModelAnswer(markdown, "");
    }
    return new ModelAnswer(
        markdown.substring(0, heading.start()).stripTrailing() + "\n",
        markdown.substring(heading.end()).strip());
  }
}
