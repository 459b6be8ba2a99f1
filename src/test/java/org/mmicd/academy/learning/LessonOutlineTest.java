package org.mmicd.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonOutlineTest {

  private static final List<EnrollmentView.ModuleView> MODULES =
      List.of(
          new EnrollmentView.ModuleView(
              "guidelines-why-migration",
              "Why migration matters",
              true,
              50,
              1,
              2,
              true,
              false,
              List.of(
                  new EnrollmentView.LessonView(
                      "guidelines-why-migration.intro", "Intro", "TEXT", 5, "completed", 60),
                  new EnrollmentView.LessonView(
                      "guidelines-why-migration.case", "Case", "TEXT", 5, "in_progress", 30))),
          new EnrollmentView.ModuleView(
              "country-nepal",
              "Nepal",
              true,
              0,
              0,
              1,
              false,
              false,
              List.of(
                  new EnrollmentView.LessonView(
                      "country-nepal.context", "Context", "TEXT", 5, "not_started", 0))));

  @Test
  void linksKeepTheCourseAndTheLanguageAskedForAndMarkWhereTheLearnerIs() {
    List<LessonOutline.Module> outline =
        LessonOutline.of(
            MODULES,
            "guidelines-why-migration.case",
            "track nepal",
            "ne",
            "/app/learn/lesson.xhtml",
            Map.of("guidelines-why-migration", "ne", "country-nepal.context", "ne"));

    LessonOutline.Module first = outline.get(0);
    assertTrue(first.isOpen());
    assertFalse(outline.get(1).isOpen());
    assertEquals("1/2", first.getDone());
    assertEquals("ne", first.getLanguage());
    assertEquals("en", outline.get(1).getLanguage());
    LessonOutline.Entry current = first.getLessons().get(1);
    assertTrue(current.isCurrent());
    assertFalse(first.getLessons().get(0).isCurrent());
    assertEquals(
        "/app/learn/lesson.xhtml?course=track+nepal&lesson=guidelines-why-migration.case&lang=ne",
        current.getHref());
    assertEquals("in_progress", current.getState());
    assertEquals("en", current.getLanguage());
    assertEquals("ne", outline.get(1).getLessons().get(0).getLanguage());
  }

  @Test
  void withoutALanguageInTheAddressTheLinksCarryNone() {
    List<LessonOutline.Module> outline =
        LessonOutline.of(MODULES, "x", "track-nepal", null, "/learn/lesson.xhtml", Map.of());
    assertEquals(
        "/learn/lesson.xhtml?course=track-nepal&lesson=country-nepal.context",
        outline.get(1).getLessons().get(0).getHref());
    assertFalse(outline.get(0).isOpen());
  }
}
