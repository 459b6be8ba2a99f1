package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.CourseDefinition;
import org.mmicd.academy.catalog.content.LessonDefinition;
import org.mmicd.academy.catalog.content.ModuleDefinition;
import org.mmicd.academy.catalog.content.ModuleTranslation;
import org.mmicd.academy.catalog.content.QuizDefinition;

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

  /** Every quiz in every language, named for assertion messages. */
  private Stream<Map.Entry<String, QuizDefinition>> allQuizzes() {
    List<Map.Entry<String, QuizDefinition>> quizzes = new ArrayList<>();
    for (ModuleDefinition module : library.modules()) {
      if (module.quiz() != null) {
        quizzes.add(Map.entry(module.id(), module.quiz()));
      }
      module.translations().values().stream()
          .filter(t -> t.quiz() != null)
          .forEach(t -> quizzes.add(Map.entry(module.id() + " (" + t.language() + ")", t.quiz())));
    }
    return quizzes.stream();
  }

  @Test
  void everyQuizDrawsFromABankTwiceItsSizeAndShowsAnswersOnlyAfterPassingOrTheLastAttempt() {
    allQuizzes()
        .forEach(
            quiz -> {
              QuizDefinition q = quiz.getValue();
              assertTrue(
                  q.questions().size() >= 2 * q.draw(),
                  quiz.getKey()
                      + ": a bank of "
                      + q.questions().size()
                      + " for a draw of "
                      + q.draw());
              assertTrue(q.attempts() > 1, quiz.getKey() + " allows a second attempt");
              assertEquals("after-passing-or-last-attempt", q.review(), quiz.getKey());
            });
    for (ModuleDefinition module : library.modules()) {
      for (ModuleTranslation translation : module.translations().values()) {
        if (translation.quiz() != null) {
          QuizDefinition english = module.quiz();
          QuizDefinition translated = translation.quiz();
          assertEquals(
              List.of(english.draw(), english.passMark(), english.attempts(), english.review()),
              List.of(
                  translated.draw(),
                  translated.passMark(),
                  translated.attempts(),
                  translated.review()),
              module.id() + " (" + translation.language() + ") keeps the English quiz rules");
        }
      }
    }
  }

  @Test
  void choiceQuestionsCannotBePassedByEliminationAndTrueFalseItemsDoNotGiveThemselvesAway() {
    Map<String, Pattern> giveaways =
        Map.of(
            "en", Pattern.compile("\\b(only|purely|always|never)\\b"),
            "es", Pattern.compile("\\b(solo|sólo|solamente|únicamente|puramente|siempre|nunca)\\b"),
            "fr", Pattern.compile("\\b(seulement|uniquement|purement|toujours|jamais)\\b"),
            "ne", Pattern.compile("(मात्र|केवल|सधैँ|सधैं|कहिल्यै|कदापि|विशुद्ध)"));
    allQuizzes()
        .forEach(
            quiz -> {
              String language =
                  quiz.getKey().contains("(")
                      ? quiz.getKey().replaceAll(".*\\((\\w+)\\)", "$1")
                      : "en";
              for (QuizDefinition.Question question : quiz.getValue().questions()) {
                String where = quiz.getKey() + "/" + question.id();
                long right =
                    question.options().stream().filter(QuizDefinition.Option::correct).count();
                long wrong = question.options().size() - right;
                if ("multiple".equals(question.type())) {
                  assertTrue(
                      right >= 2 && wrong >= 2, where + ": at least two right and two wrong");
                }
                if ("single".equals(question.type())) {
                  assertTrue(wrong >= 2, where + ": at least two distractors");
                }
                if (!"true-false".equals(question.type())) {
                  assertTrue(
                      question.options().stream().allMatch(o -> o.feedback() != null),
                      where + ": every option teaches with its own feedback");
                }
                if ("true-false".equals(question.type())) {
                  assertFalse(
                      giveaways
                          .get(language)
                          .matcher(question.text().toLowerCase(Locale.ROOT))
                          .find(),
                      where + ": a true/false statement without absolute words");
                }
              }
            });
  }

  @Test
  void quizTextsStayOnOneLineSoThatPagesAndTestsShowThemAsWritten() {
    allQuizzes()
        .flatMap(quiz -> quiz.getValue().questions().stream().map(q -> Map.entry(quiz.getKey(), q)))
        .forEach(
            entry -> {
              QuizDefinition.Question question = entry.getValue();
              String where = entry.getKey() + "/" + question.id();
              assertFalse(question.text().contains("\n"), where);
              question.options().forEach(o -> assertFalse(o.text().contains("\n"), where));
            });
  }

  @Test
  void everyLessonStatesTwoToFourObjectivesInEveryLanguage() {
    for (ModuleDefinition module : library.modules()) {
      for (LessonDefinition lesson : module.lessons()) {
        int count = lesson.objectives().size();
        assertTrue(count >= 2 && count <= 4, module.id() + "/" + lesson.id() + ": " + count);
        for (ModuleTranslation translation : module.translations().values()) {
          List<String> translated = translation.lessonObjectives().get(lesson.id());
          if (translated != null) {
            assertEquals(
                count,
                translated.size(),
                module.id() + "/" + lesson.id() + " (" + translation.language() + ")");
          }
        }
      }
    }
  }

  @Test
  void everyToolkitEndsWithAPracticeLessonAndItsModelAnswer() {
    for (ModuleDefinition toolkit :
        library.modules().stream().filter(m -> m.part() == ResourcePart.TOOLKIT).toList()) {
      List<LessonDefinition> practice =
          toolkit.lessons().stream().filter(l -> l.type() == LessonType.PRACTICE).toList();
      assertEquals(1, practice.size(), toolkit.id() + " has one practice lesson");
      assertTrue(ModelAnswer.presentIn(practice.get(0).markdown()), toolkit.id());
      assertTrue(
          !ModelAnswer.split(practice.get(0).markdown()).answer().isBlank(),
          toolkit.id() + ": the model answer is not empty");
    }
  }

  @Test
  void everyCountryCapstoneHasTrainerNotesAndKeyResourcesNameTheirPublishers() {
    for (ModuleDefinition country :
        library.modules().stream().filter(m -> m.part() == ResourcePart.COUNTRY).toList()) {
      LessonDefinition capstone =
          country.lessons().stream()
              .filter(l -> l.id().startsWith("capstone"))
              .findFirst()
              .orElseThrow();
      assertTrue(
          capstone.trainerNotes() != null && capstone.trainerNotes().contains("Rubric"),
          country.id() + ": the capstone has a model answer and a rubric for trainers");
      assertTrue(
          country.lessons().stream().allMatch(l -> l.trainerNotes() == null || l == capstone),
          country.id());
    }
    for (ModuleDefinition module : library.modules()) {
      assertFalse(module.resources().isEmpty(), module.id() + " lists its key resources");
      module
          .resources()
          .forEach(
              r ->
                  assertTrue(
                      r.publisher().contains("IOM") || r.publisher().contains("European Union"),
                      module.id() + ": " + r.title()));
    }
  }

  @Test
  void everyLanguageACourseListsIsFullyTranslated() {
    for (CourseDefinition course : library.courses()) {
      for (String language : course.languages()) {
        if ("en".equals(language)) {
          continue;
        }
        for (CourseDefinition.ModuleChoice choice : course.modules()) {
          ModuleDefinition module = modules.get(choice.moduleId());
          ModuleTranslation translation = module.translations().get(language);
          String where = course.id() + " in " + language + ": " + module.id();
          assertTrue(translation != null && translation.title() != null, where);
          for (LessonDefinition lesson : module.lessons()) {
            assertTrue(
                translation.lessonTitles().containsKey(lesson.id()), where + "/" + lesson.id());
            assertTrue(
                translation.lessonBodies().containsKey(lesson.id()), where + "/" + lesson.id());
            assertTrue(
                translation.lessonObjectives().containsKey(lesson.id()), where + "/" + lesson.id());
          }
          assertTrue(module.quiz() == null || translation.quiz() != null, where + " quiz");
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
        for (ModuleTranslation translation : module.translations().values()) {
          String body = translation.lessonBodies().get(lesson.id());
          String title = translation.lessonTitles().get(lesson.id());
          if (body != null && title != null) {
            assertEquals(
                "# " + title,
                body.strip().lines().findFirst().orElse(""),
                module.id() + "/" + lesson.id() + " (" + translation.language() + ")");
          }
        }
      }
    }
  }
}
