package org.mmicd.academy.webinars;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The interface texts in one person's language, outside a page (mails, calendar entries). Falls
 * back to English, never to the server's own locale.
 */
final class Texts {

  private static final ResourceBundle.Control NO_SERVER_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Texts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_SERVER_LOCALE);
  }

  static Texts of(String language) {
    return new Texts(Locale.forLanguageTag(language == null ? "en" : language));
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... arguments) {
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }
}
