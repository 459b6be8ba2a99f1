package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the lesson page and the learner API get of a lesson: objectives, model answer, never notes.
 */
class LessonViewsTest {

  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  final LessonRenderer renderer = new LessonRenderer();
  final Course course = new Course("track-ecuador");
  final LearningModule module = new LearningModule("country-ecuador");
  final Lesson capstone = new Lesson(module, "capstone-ecuador");
  final Lesson practice = new Lesson(module, "practice-ecuador");

  LessonViewsTest() {
    module.describe(
        ResourcePart.COUNTRY,
        null,
        "EC",
        List.of(),
        1,
        null,
        "modules/country-ecuador",
        Map.of("en", new LocalizedText("Ecuador", "")),
        List.of(
            new KeyResource("MMICD Guidelines", "IOM", "https://www.iom.int/"),
            new KeyResource("Training cards", "IOM and the European Union", null)),
        NOW);
    capstone.describe(
        0,
        LessonType.READING,
        20,
        null,
        Map.of(
            "en",
            new LessonText(
                "Capstone",
                "# Capstone\n\nApply a toolkit.",
                List.of("map mobility in your plan", "propose two objectives"),
                "# Rubric\n\nSECRET-RUBRIC: look for named groups."),
            "es",
            new LessonText(
                "Ejercicio final",
                "# Ejercicio final\n\nAplique una caja de herramientas.",
                List.of("mapear la movilidad", "proponer dos objetivos"),
                "# Rubric\n\nSECRET-RUBRIC: look for named groups.")));
    practice.describe(
        1,
        LessonType.PRACTICE,
        15,
        null,
        Map.of(
            "en",
            new LessonText(
                "Practice",
                "# Practice\n\nThe case of a canton.\n\n## Model answer\n\nName the returnees.",
                List.of("apply the key questions", "compare with a model answer"),
                null)));
    setId(capstone, 1L);
    setId(practice, 2L);
    module.replaceLessonList(List.of(capstone, practice));
    course.describe(
        "Ecuador track",
        "",
        List.of("es", "en"),
        List.of("EC"),
        List.of(new ModuleInCourse("country-ecuador", 0, true)),
        true,
        0,
        1,
        null,
        null,
        "courses/track-ecuador.yaml",
        NOW);
  }

  private static void setId(Lesson lesson, long id) {
    try {
      java.lang.reflect.Field field = Lesson.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(lesson, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void learnersGetObjectivesAndResourcesButNeverTrainerNotes() {
    CatalogViews.LessonContent content =
        CatalogViews.content(course, List.of(module), capstone, "en", renderer);
    assertEquals(
        List.of("map mobility in your plan", "propose two objectives"), content.objectives());
    assertEquals(2, content.resources().size());
    assertEquals(null, content.resources().get(1).url());
    assertFalse(content.toString().contains("SECRET-RUBRIC"), content.toString());
    assertFalse(
        Arrays.stream(CatalogViews.LessonContent.class.getRecordComponents())
            .map(RecordComponent::getName)
            .anyMatch(name -> name.toLowerCase().contains("trainer")),
        "the learner view has no place for trainer notes");
    assertTrue(
        CatalogViews.trainerNotesHtml(capstone, "en", renderer)
            .orElseThrow()
            .contains("SECRET-RUBRIC"));
    assertTrue(CatalogViews.trainerNotesHtml(practice, "en", renderer).isEmpty());
  }

  @Test
  void translatedObjectivesAreShownAndMissingOnesFallBackToEnglish() {
    assertEquals(
        List.of("mapear la movilidad", "proponer dos objetivos"),
        CatalogViews.content(course, List.of(module), capstone, "es", renderer).objectives());
    CatalogViews.LessonContent french =
        CatalogViews.content(course, List.of(module), capstone, "fr", renderer);
    assertEquals("en", french.language());
    assertEquals(
        List.of("map mobility in your plan", "propose two objectives"), french.objectives());
    CatalogViews.LessonSummary summary =
        CatalogViews.detail(course, List.of(module), "es").modules().get(0).lessons().get(0);
    assertEquals("Ejercicio final", summary.title());
    assertEquals(2, summary.objectives().size());
  }

  @Test
  void aPracticeLessonShowsItsModelAnswerApartAndOtherLessonsHaveNone() {
    CatalogViews.LessonContent content =
        CatalogViews.content(course, List.of(module), practice, "en", renderer);
    assertTrue(content.html().contains("The case of a canton"), content.html());
    assertFalse(content.html().contains("Name the returnees"), content.html());
    assertFalse(content.html().contains("Model answer"), "the marker heading is not shown");
    assertTrue(content.modelAnswerHtml().contains("Name the returnees"));
    assertNull(
        CatalogViews.content(course, List.of(module), capstone, "en", renderer).modelAnswerHtml());
  }
}
