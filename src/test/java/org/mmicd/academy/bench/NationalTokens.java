package org.mmicd.academy.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The personal access tokens of the national data set, made beforehand as scripts make them: the
 * generator keeps their SHA-256 (as the application does), and the load driver knows each account's
 * secret because both derive it from the data set's seed and the account's e-mail.
 */
final class NationalTokens {

  private NationalTokens() {}

  /** The secret of an account's token: the shape the application issues ({@code mmicd_} + 43). */
  static String secretOf(long seed, String email) {
    byte[] digest = sha256(("national-" + seed + "-" + email).getBytes(StandardCharsets.UTF_8));
    return "mmicd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
  }

  /** What the application stores for a token: the hex SHA-256 of its secret. */
  static String hashOf(String secret) {
    return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.UTF_8)));
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
