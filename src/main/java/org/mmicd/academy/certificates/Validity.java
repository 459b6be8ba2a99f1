package org.mmicd.academy.certificates;

import java.util.Locale;

/** What a verifier is told about a certificate today. */
public enum Validity {
  VALID,
  EXPIRED,
  REVOKED,
  SUPERSEDED;

  /** The name in the API and in message keys: {@code valid}, {@code revoked}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
