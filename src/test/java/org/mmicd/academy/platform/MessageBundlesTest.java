package org.mmicd.academy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every message exists in the four interface languages, and every error message can be read. */
class MessageBundlesTest {

  static final List<String> LANGUAGES = List.of("es", "fr", "ne");

  @Test
  void everyKeyIsTranslatedIntoSpanishFrenchAndNepali() throws IOException {
    Set<String> english = load("").stringPropertyNames();
    for (String language : LANGUAGES) {
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(load("_" + language).stringPropertyNames());
      assertEquals(Set.of(), missing, "keys missing in messages_" + language);
    }
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String suffix : List.of("", "_es", "_fr", "_ne")) {
      Set<String> seen = new TreeSet<>();
      Set<String> twice = new TreeSet<>();
      try (InputStream in =
          MessageBundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("=") && !l.startsWith("#"))
            .map(l -> l.substring(0, l.indexOf('=')).strip())
            .forEach(
                key -> {
                  if (!seen.add(key)) {
                    twice.add(key);
                  }
                });
      }
      assertEquals(Set.of(), twice, "keys written twice in messages" + suffix);
    }
  }

  @Test
  void errorMessagesAreValidPatternsWithTheSameArgumentsInEveryLanguage() throws IOException {
    Properties english = load("");
    for (String key : english.stringPropertyNames()) {
      if (!key.startsWith("error.")) {
        continue;
      }
      int arguments = new MessageFormat(english.getProperty(key)).getFormats().length;
      for (String language : LANGUAGES) {
        String pattern = load("_" + language).getProperty(key);
        MessageFormat format = new MessageFormat(pattern, Locale.forLanguageTag(language));
        assertEquals(arguments, format.getFormats().length, key + " in " + language);
        String text = format.format(new Object[] {"a", "b", "c", "d", "e", "f", "g"});
        assertFalse(text.contains("{"), key + " in " + language + " leaves a placeholder: " + text);
      }
    }
  }

  @Test
  void aRefusalReadsInTheViewersLanguageAndFallsBackToEnglish() {
    DomainException refusal = DomainException.conflict("error.quiz.attempts-used", "3");
    assertEquals("You have used all 3 attempts at this quiz.", refusal.getMessage());
    assertEquals(
        "Ya ha usado los 3 intentos de este cuestionario.",
        refusal.message(Locale.forLanguageTag("es")));
    assertEquals(
        "L'inscription 7 appartient à quelqu'un d'autre.",
        DomainException.forbidden("error.enrollment.not-yours", "7")
            .message(Locale.forLanguageTag("fr")),
        "apostrophes survive MessageFormat");
    assertEquals(
        "You have used all 3 attempts at this quiz.",
        refusal.message(Locale.forLanguageTag("de")),
        "a language we do not write falls back to English");
  }

  private static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
