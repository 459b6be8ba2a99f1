package org.mmicd.academy.certificates;

import java.util.regex.Pattern;

/** A certificate's serial as people read it on paper: {@code MMICD-2026-000123}. */
public final class SerialNumber {

  static final Pattern FORMAT = Pattern.compile("MMICD-\\d{4}-\\d{6,}");

  private SerialNumber() {}

  public static String of(int year, long number) {
    if (number < 1) {
      throw new IllegalArgumentException("serial numbers start at 1, not " + number);
    }
    return String.format(java.util.Locale.ROOT, "MMICD-%04d-%06d", year, number);
  }

  /** Whether the text has the shape of a serial; a lookup can skip the database otherwise. */
  public static boolean looksValid(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }
}
