package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.CourseDefinition;
import org.mmicd.academy.catalog.content.ModuleDefinition;

/** The MMICD library shipped in this repository validates and keeps what the courses promise. */
class LibraryContentTest {

  final ContentSet library = new ContentReader(Path.of(".")).read();
  final Map<String, ModuleDefinition> modules =
      library.modules().stream()
          .collect(Collectors.toMap(ModuleDefinition::id, Function.identity()));

  @Test
  void validatesWithoutAProblem() {
    assertEquals(List.of(), library.problems());
  }

  @Test
  void coreCourseHasTheGuidelinesAndAToolkitWithItsStoryAndQuiz() {
    CourseDefinition core =
        library.courses().stream()
            .filter(c -> c.id().equals("mmicd-blended"))
            .findFirst()
            .orElseThrow();
    long guidelines =
        core.modules().stream()
            .filter(
                m -> m.required() && modules.get(m.moduleId()).part() == ResourcePart.GUIDELINES)
            .count();
    assertTrue(guidelines >= 2, "at least two Guidelines modules are required");
    ModuleDefinition health = modules.get("toolkit-health");
    assertTrue(health.lessons().size() >= 3);
    assertTrue(health.lessons().stream().anyMatch(l -> l.type() == LessonType.TRAINING_CARD));
    assertTrue(health.quiz().questions().size() >= 8);
    assertTrue(core.minLiveSessions() >= 1);
  }

  @Test
  void everySectorHasAToolkitWithAStoryAndAQuizOfEightQuestionsMixingTheTypes() {
    for (Sector sector : Sector.values()) {
      List<ModuleDefinition> toolkits =
          library.modules().stream()
              .filter(m -> m.part() == ResourcePart.TOOLKIT && m.sector() == sector)
              .toList();
      assertEquals(1, toolkits.size(), "one toolkit module for " + sector.key());
      ModuleDefinition toolkit = toolkits.get(0);
      assertTrue(toolkit.lessons().size() >= 3, toolkit.id());
      assertTrue(!toolkit.partners().isEmpty(), toolkit.id() + " names its partner agencies");
      assertTrue(
          toolkit.lessons().stream().anyMatch(l -> l.type() == LessonType.TRAINING_CARD),
          toolkit.id() + " tells its training-card story");
    }
    for (ModuleDefinition module : library.modules()) {
      assertTrue(module.quiz() != null, module.id() + " has a quiz");
      assertTrue(module.quiz().questions().size() >= 8, module.id() + " has at least 8 questions");
      var types = module.quiz().questions().stream().map(q -> q.type()).collect(Collectors.toSet());
      assertEquals(
          java.util.Set.of("single", "multiple", "true-false", "matching", "short-answer"),
          types,
          module.id() + " mixes all question types");
      assertTrue(
          module.quiz().questions().stream().allMatch(q -> q.feedback() != null),
          module.id() + ": every question teaches with feedback");
    }
  }

  @Test
  void theLibraryHasTheCoreCourseAndATrackPerPilotCountryInItsLanguage() {
    assertTrue(library.courses().size() >= 4);
    assertTrue(library.modules().size() >= 12);
    Map<String, CourseDefinition> courses =
        library.courses().stream()
            .collect(Collectors.toMap(CourseDefinition::id, Function.identity()));
    assertTrue(courses.get("mmicd-blended").minOptionalModules() >= 2);
    assertEquals(
        9,
        courses.get("mmicd-blended").modules().stream()
            .filter(m -> !m.required() && modules.get(m.moduleId()).part() == ResourcePart.TOOLKIT)
            .count(),
        "every toolkit can be chosen in the core course");
    Map<String, String> trackLanguage =
        Map.of("track-ecuador", "es", "track-madagascar", "fr", "track-nepal", "en");
    Map<String, String> trackCountry =
        Map.of("track-ecuador", "EC", "track-madagascar", "MG", "track-nepal", "NP");
    for (var track : trackLanguage.entrySet()) {
      CourseDefinition course = courses.get(track.getKey());
      assertEquals(List.of(trackCountry.get(track.getKey())), course.countries());
      assertTrue(course.languages().contains(track.getValue()), course.id());
      ModuleDefinition countryModule = modules.get(course.modules().get(0).moduleId());
      assertEquals(
          ResourcePart.COUNTRY,
          countryModule.part(),
          course.id() + " opens with its country context");
      assertTrue(
          countryModule.lessons().stream().anyMatch(l -> l.id().startsWith("capstone")),
          course.id() + " has a capstone");
      assertTrue(
          course.modules().stream()
              .anyMatch(m -> modules.get(m.moduleId()).part() == ResourcePart.TOOLKIT));
      if (!track.getValue().equals("en")) {
        for (var choice : course.modules()) {
          ModuleDefinition module = modules.get(choice.moduleId());
          var translation = module.translations().get(track.getValue());
          assertTrue(
              translation != null && translation.title() != null,
              module.id() + " has a " + track.getValue() + " title");
          for (var lesson : module.lessons()) {
            assertTrue(
                translation.lessonBodies().containsKey(lesson.id())
                    && translation.lessonTitles().containsKey(lesson.id()),
                module.id() + "/" + lesson.id() + " is translated into " + track.getValue());
          }
        }
      }
    }
  }

  @Test
  void everyLessonStartsWithItsTitleAsHeading() {
    for (ModuleDefinition module : library.modules()) {
      for (var lesson : module.lessons()) {
        if (lesson.markdown() != null) {
          String firstLine = lesson.markdown().strip().lines().findFirst().orElse("");
          assertEquals("# " + lesson.title(), firstLine, module.id() + "/" + lesson.id());
        }
      }
    }
  }
}
