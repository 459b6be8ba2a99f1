package org.mmicd.academy.platform;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule of the domain said no. It carries a message key of the {@code i18n/messages} bundles (by
 * convention {@code error.<feature>.<what>}) with its arguments, so that people read it in their
 * own language; the kind decides the HTTP status in {@link ProblemExceptionMapper}, and pages show
 * the message beside the field it names. Services throw it; nothing below the web layer knows HTTP.
 */
public class DomainException extends RuntimeException {

  /** What kind of no: it decides the HTTP status and the problem type. */
  public enum Kind {
    NOT_FOUND(404),
    FORBIDDEN(403),
    CONFLICT(409),
    INVALID(400),
    UNAUTHENTICATED(401),
    TOO_LARGE(413),
    TOO_MANY(429),
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  static final String BUNDLE = "i18n.messages";

  private final Kind kind;
  private final String key;
  private final transient Object[] arguments;
  private final String field;
  private final transient Object result;

  public DomainException(Kind kind, String key, String field, Object result, Object... arguments) {
    super(key);
    this.kind = kind;
    this.key = key;
    this.field = field;
    this.result = result;
    this.arguments = arguments == null ? new Object[0] : echoed(arguments);
  }

  /** Longest text of the caller's that a message repeats back; the rest is cut. */
  static final int ECHO_LIMIT = 200;

  /**
   * Values the caller sent come back in messages cut to a readable length and without control
   * characters, so a refusal never carries a megabyte of input or bytes that garble a log line.
   */
  private static Object[] echoed(Object[] arguments) {
    Object[] echoed = arguments.clone();
    for (int i = 0; i < echoed.length; i++) {
      if (echoed[i] instanceof String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints()
            .limit(ECHO_LIMIT + 1L)
            .forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '\uFFFD' : c));
        if (shown.codePointCount(0, shown.length()) > ECHO_LIMIT) {
          shown.setLength(shown.offsetByCodePoints(0, ECHO_LIMIT));
          shown.append('…');
        }
        echoed[i] = shown.toString();
      }
    }
    return echoed;
  }

  public static DomainException notFound(String key, Object... arguments) {
    return new DomainException(Kind.NOT_FOUND, key, null, null, arguments);
  }

  public static DomainException forbidden(String key, Object... arguments) {
    return new DomainException(Kind.FORBIDDEN, key, null, null, arguments);
  }

  public static DomainException conflict(String key, Object... arguments) {
    return new DomainException(Kind.CONFLICT, key, null, null, arguments);
  }

  /** The request itself is wrong; {@code field} names the input it concerns, or is null. */
  public static DomainException invalid(String field, String key, Object... arguments) {
    return new DomainException(Kind.INVALID, key, field, null, arguments);
  }

  public static DomainException unauthenticated(String key, Object... arguments) {
    return new DomainException(Kind.UNAUTHENTICATED, key, null, null, arguments);
  }

  public static DomainException tooLarge(String key, Object... arguments) {
    return new DomainException(Kind.TOO_LARGE, key, null, null, arguments);
  }

  /** Too many tries in too short a time (sign-in guessing); the caller must wait. */
  public static DomainException tooMany(String key, Object... arguments) {
    return new DomainException(Kind.TOO_MANY, key, null, null, arguments);
  }

  /** Not now: the caller may try again later (the database is down, the server is busy). */
  public static DomainException unavailable(String key, Object... arguments) {
    return new DomainException(Kind.UNAVAILABLE, key, null, null, arguments);
  }

  /** The same refusal, carrying what the caller needs next (a stored result, say). */
  public DomainException withResult(Object result) {
    return new DomainException(kind, key, field, result, arguments);
  }

  public Kind kind() {
    return kind;
  }

  public String key() {
    return key;
  }

  /** The input this concerns, such as {@code email}; null when it concerns the whole request. */
  public String field() {
    return field;
  }

  public Object result() {
    return result;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /**
   * The message for people who read this language; English when the bundle lacks the key. Error
   * messages always go through MessageFormat, so their apostrophes are written twice ({@code ''}).
   */
  public String message(Locale locale) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
    return new MessageFormat(pattern, locale).format(in(locale, arguments));
  }

  /**
   * Arguments that are refusals themselves (a reason within a reason) read in the same language.
   */
  private static Object[] in(Locale locale, Object[] arguments) {
    Object[] read = arguments.clone();
    for (int i = 0; i < read.length; i++) {
      if (read[i] instanceof DomainException nested) {
        read[i] = nested.message(locale);
      }
    }
    return read;
  }

  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** The bundle of a language, falling back to English, never to the server's own language. */
  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** A message of the bundles in a language, with its arguments; the key itself if unknown. */
  public static String format(Locale locale, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments));
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, locale).format(in(locale, arguments));
  }
}
