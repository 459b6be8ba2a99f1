package org.mmicd.academy.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A list of learners' e-mail addresses as coordinators upload it: one per line, the address in the
 * first column of a CSV file (comma, semicolon or tab separated, quoted or not), with or without a
 * header line; blank lines are skipped.
 */
public record MemberList(List<Line> lines) {

  /** One address and the line of the file it is on. */
  public record Line(int number, String email) {}

  public static MemberList parse(String text) {
    List<Line> lines = new ArrayList<>();
    String[] rows = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\r|\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String first = firstField(rows[i]);
      if (first.isEmpty() || (i == 0 && isHeader(first))) {
        continue;
      }
      lines.add(new Line(i + 1, first));
    }
    return new MemberList(List.copyOf(lines));
  }

  private static String firstField(String row) {
    String text = row.strip();
    if (text.startsWith("\"")) {
      int end = text.indexOf('"', 1);
      return (end < 0 ? text.substring(1) : text.substring(1, end)).strip();
    }
    int cut = text.length();
    for (char separator : new char[] {',', ';', '\t'}) {
      int at = text.indexOf(separator);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return text.substring(0, cut).strip();
  }

  private static boolean isHeader(String field) {
    String name = field.toLowerCase(Locale.ROOT).replace("-", "");
    return name.equals("email") || name.equals("emailaddress") || name.equals("mail");
  }
}
