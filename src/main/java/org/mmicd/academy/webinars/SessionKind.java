package org.mmicd.academy.webinars;

import java.util.Locale;

/** Online with a join link, or in a room in a country. */
public enum SessionKind {
  WEBINAR,
  WORKSHOP;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SessionKind of(String key) {
    for (SessionKind kind : values()) {
      if (kind.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be webinar or workshop");
  }
}
