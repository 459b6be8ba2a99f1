package org.mmicd.academy.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret handed out once (an access token, a sign-in link, a calendar feed's address) and
 * its SHA-256, which is all the database keeps: a stolen copy of it opens nothing. A plain hash
 * suffices, unlike for passwords, because the secrets are long and random.
 */
public final class Secret {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secret() {}

  /** {@code bytes} random bytes, URL-safe Base64 without padding. */
  public static String random(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The SHA-256 of the secret, 64 hexadecimal digits. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
