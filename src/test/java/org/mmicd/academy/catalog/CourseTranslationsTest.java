package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmicd.academy.catalog.content.ContentProblem;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.CourseDefinition;

/** A course file's i18n block gives its title and summary in other languages. */
class CourseTranslationsTest {

  @TempDir Path root;

  @Test
  void translationsAreReadAndMistakesReportedWithTheirLine() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        """
        id: toolkit-health
        title: Health
        part: toolkit
        sector: health
        summary: Health and migration.
        lessons:
          - {id: why-health, title: Why it matters, type: reading, file: lessons/01-why.md, minutes: 8}
        """);
    write("modules/toolkit-health/lessons/01-why.md", "# Why it matters\n\nText.");
    write(
        "courses/core.yaml",
        """
        id: core
        title: Core
        summary: In English.
        languages: [en, es, fr]
        modules:
          - {id: toolkit-health, required: true}
        i18n:
          es:
            title: Núcleo
            summary: En español.
        """);
    ContentSet content = new ContentReader(root).read();
    assertEquals(List.of(), content.problems());
    assertEquals(
        Map.of("es", new CourseDefinition.Translation("Núcleo", "En español.")),
        content.courses().get(0).translations());

    Files.writeString(
        root.resolve("courses/core.yaml"),
        Files.readString(root.resolve("courses/core.yaml"))
            + "  fr:\n    summary: Sans titre.\n  EN:\n    title: Shouting\n");
    content = new ContentReader(root).read();
    assertEquals(
        List.of(12, 14),
        content.problems().stream().map(ContentProblem::line).sorted().toList(),
        content.problems().toString());
    assertTrue(
        content.courses().isEmpty(), "a course with a broken translation keeps its old text");
  }

  @Test
  void aCourseReadsInTheLanguageAskedForAndInEnglishWithoutATranslation() {
    Course course = new Course("core");
    course.describe(
        "Core",
        "In English.",
        java.util.List.of("en", "es"),
        java.util.List.of(),
        java.util.List.of(),
        true,
        0,
        0,
        null,
        null,
        "courses/core.yaml",
        java.time.Instant.EPOCH);
    course.translate(Map.of("es", new LocalizedText("Núcleo", "En español.")));
    assertEquals("Núcleo", course.text("es").title());
    assertEquals("En español.", course.text("es").body());
    assertEquals("Core", course.text("fr").title());
    assertTrue(course.translatedInto("es") && course.translatedInto("en"));
    assertTrue(!course.translatedInto("ne"));
  }

  private void write(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
