package org.mmicd.academy.platform;

/**
 * Names and titles that people read on pages, in mails, calendars and certificates. They may hold
 * any script (Devanagari, accents), but not characters that cannot be stored (NUL, broken surrogate
 * pairs) or that change what a reader sees: control characters, and the bidirectional embedding,
 * override and isolate marks that can make a name display reversed or hide part of it ("Trojan
 * Source"). Longer texts such as descriptions may keep their line breaks and tabs.
 */
public final class PlainText {

  private PlainText() {}

  /** A one-line name or title; null passes (whether it is required is the caller's rule). */
  public static String requireLine(String field, String value) {
    if (value != null && !isLine(value)) {
      throw DomainException.invalid(field, "error.text.unsafe-characters", field);
    }
    return value;
  }

  /** A longer text: like a line, but line breaks and tabs are allowed. */
  public static String requireText(String field, String value) {
    if (value != null && !isText(value)) {
      throw DomainException.invalid(field, "error.text.unsafe-characters", field);
    }
    return value;
  }

  public static boolean isLine(String value) {
    return check(value, false);
  }

  public static boolean isText(String value) {
    return check(value, true);
  }

  /** No database can keep NUL, and UTF-8 cannot encode half a surrogate pair. */
  public static boolean storable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean check(String value, boolean multiline) {
    if (!storable(value)) {
      return false;
    }
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
        continue;
      }
      if (Character.getType(c) == Character.CONTROL || bidiControl(c) || nonCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  /** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
  private static boolean bidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }

  private static boolean nonCharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }
}
