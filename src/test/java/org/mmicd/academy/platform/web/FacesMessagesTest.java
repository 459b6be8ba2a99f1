package org.mmicd.academy.platform.web;

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
import org.junit.jupiter.api.Test;

/** Faces' own validation messages exist in the four languages and read without placeholders. */
class FacesMessagesTest {

  @Test
  void everyLanguageSaysEveryMessageWithTheFieldsLabel() throws IOException {
    Properties english = load("");
    for (String language : List.of("es", "fr", "ne")) {
      Properties translated = load("_" + language);
      assertEquals(english.stringPropertyNames(), translated.stringPropertyNames(), language);
      for (String key : english.stringPropertyNames()) {
        String text =
            new MessageFormat(translated.getProperty(key), Locale.forLanguageTag(language))
                .format(new Object[] {"Nom complet", "12", "Full name"});
        assertFalse(
            text.contains("{") || text.contains("''"), key + " in " + language + ": " + text);
      }
    }
    assertEquals(
        "Full name is required.",
        new MessageFormat(english.getProperty("jakarta.faces.component.UIInput.REQUIRED"))
            .format(new Object[] {"Full name"}));
  }

  private static Properties load(String suffix) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        FacesMessagesTest.class.getResourceAsStream("/i18n/faces" + suffix + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
