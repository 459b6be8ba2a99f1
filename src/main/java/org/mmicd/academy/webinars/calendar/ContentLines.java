package org.mmicd.academy.webinars.calendar;

/**
 * Folds iCalendar content lines at 75 octets (RFC 5545 §3.1), never inside a UTF-8 sequence. ical4j
 * folds at 75 characters, which lets a line of Nepali or accented text reach two or three times the
 * limit, and some calendar clients cut such lines short.
 */
final class ContentLines {

  static final int MAX_OCTETS = 75;
  private static final String BREAK = "\r\n";

  private ContentLines() {}

  /** The same calendar, unfolded and folded again by octets. */
  static String fold(String calendar) {
    String unfolded = calendar.replace("\r\n ", "").replace("\r\n\t", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 30);
    for (String line : unfolded.split(BREAK, -1)) {
      if (out.length() > 0) {
        out.append(BREAK);
      }
      foldLine(line, out);
    }
    return out.toString();
  }

  private static void foldLine(String line, StringBuilder out) {
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int width = octets(codePoint);
      if (octets + width > MAX_OCTETS) {
        out.append(BREAK).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += width;
      i += Character.charCount(codePoint);
    }
  }

  /** The length of a code point in UTF-8. */
  static int octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
