package org.mmicd.academy.webinars.attendance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's name as meeting tools decorate it: Teams adds "(Guest)" in the viewer's language,
 * or "(External)"; Zoom's "Name (Original Name)" column holds the name a participant renamed
 * themselves to, then the name they joined with. Without the decorations the same guest is one
 * person, not two.
 */
final class ParticipantName {

  private static final Pattern MARK =
      Pattern.compile(
          "\\s*\\((guest|gast|invit[eé]e?|invitad[oa]|extern[eo]?|external|unverified|no"
              + " verificad[oa]|non v[eé]rifi[eé]e?|nicht verifiziert)\\)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ORIGINAL = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$");

  private ParticipantName() {}

  /**
   * The name without guest marks; with {@code originalInBrackets} (Zoom's column), the original
   * name when the participant renamed themselves.
   */
  static String clean(String raw, boolean originalInBrackets) {
    if (raw == null) {
      return null;
    }
    String name = raw.strip().replaceAll("\\s+", " ");
    Matcher mark = MARK.matcher(name);
    while (mark.find()) {
      name = name.substring(0, mark.start()).strip();
      mark = MARK.matcher(name);
    }
    if (originalInBrackets) {
      Matcher original = ORIGINAL.matcher(name);
      if (original.matches() && !original.group(2).isBlank()) {
        name = original.group(2).strip();
      }
    }
    return name.isEmpty() ? null : name;
  }
}
