package org.mmicd.academy.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The unguessable code that opens a certificate's public verification: 160 random bits written in
 * RFC 4648 base32 (A–Z, 2–7), 32 characters shown in groups of four. Lookups ignore case, spaces
 * and dashes, so a code typed from paper works.
 */
public record VerificationCode(String value) {

  static final int BYTES = 20;
  static final int LENGTH = 32;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  public VerificationCode {
    if (value == null
        || value.length() != LENGTH
        || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      throw new IllegalArgumentException("a verification code has 32 base32 characters");
    }
  }

  public static VerificationCode random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return of(bytes);
  }

  /** The code that writes these 160 bits (data sets made from a seed need their own bits). */
  public static VerificationCode of(byte[] bits) {
    if (bits.length != BYTES) {
      throw new IllegalArgumentException("a verification code has " + BYTES + " bytes");
    }
    return new VerificationCode(base32(bits));
  }

  /** The code in what someone typed or scanned, or empty when it cannot be one. */
  public static Optional<VerificationCode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String compact = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(new VerificationCode(compact));
  }

  /** In groups of four, as printed: {@code ABCD-EFGH-…}. */
  public String printable() {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < value.length(); i += 4) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(value, i, i + 4);
    }
    return grouped.toString();
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return printable();
  }
}
