package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmicd.academy.catalog.content.ContentProblem;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.ModuleDefinition;

/** Each kind of content mistake is reported with its file and line, and does not stop the rest. */
class ContentReaderTest {

  @TempDir Path root;

  static final String GOOD_MODULE =
      """
      id: toolkit-health
      title: Health
      part: toolkit
      sector: health
      partners: [WHO, UNAIDS, ILO]
      summary: Health and migration.
      lessons:
        - id: why-health
          title: Why it matters
          type: reading
          file: lessons/01-why.md
          minutes: 8
        - id: story-fernando
          title: Fernando
          type: training-card
          file: lessons/02-story.md
          minutes: 7
      quiz: quiz.yaml
      """;

  static final String GOOD_QUIZ =
      """
      passMark: 70
      attempts: 3
      questions:
        - id: q1
          type: single
          text: Which?
          options:
            - {text: A, correct: true}
            - {text: B}
        - id: q2
          type: true-false
          text: True?
          answer: true
      """;

  static final String GOOD_COURSE =
      """
      id: core
      title: Core
      languages: [en, es]
      countries: [NP]
      modules:
        - {id: toolkit-health, required: true}
      completion:
        requiredLessons: all
        quizzesPassed: required
        minOptionalModules: 0
        minLiveSessionsAttended: 1
      """;

  @BeforeEach
  void goodContent() throws IOException {
    module("toolkit-health", GOOD_MODULE, GOOD_QUIZ);
    write("courses/core.yaml", GOOD_COURSE);
  }

  @Test
  void goodContentLoadsWithoutProblems() {
    ContentSet content = read();
    assertEquals(List.of(), content.problems());
    ModuleDefinition module = content.modules().get(0);
    assertEquals(Sector.HEALTH, module.sector());
    assertEquals(List.of("WHO", "UNAIDS", "ILO"), module.partners());
    assertEquals(2, module.lessons().size());
    assertEquals(LessonType.TRAINING_CARD, module.lessons().get(1).type());
    assertTrue(module.lessons().get(0).markdown().startsWith("# Why"));
    assertEquals(2, module.quiz().questions().size());
    assertEquals(1, content.courses().get(0).minLiveSessions());
    assertEquals(0, content.courses().get(0).liveSessionSharePercent());
  }

  @Test
  void aCourseMayAskForAShareOfTheCohortsSessionsWithinZeroToAHundred() throws IOException {
    write(
        "courses/core.yaml",
        GOOD_COURSE.replace(
            "minLiveSessionsAttended: 1",
            "minLiveSessionsAttended: 1\n  liveSessionSharePercent: 75"));
    assertEquals(75, read().courses().get(0).liveSessionSharePercent());

    write(
        "courses/core.yaml",
        GOOD_COURSE.replace(
            "minLiveSessionsAttended: 1",
            "minLiveSessionsAttended: 1\n  liveSessionSharePercent: 120"));
    assertProblem(
        "courses/core.yaml", 12, "'liveSessionSharePercent' is 120, outside the range 0..100");
  }

  @Test
  void duplicateLessonIdIsReportedWithItsLine() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE.replace("id: story-fernando", "id: why-health"));
    assertProblem("modules/toolkit-health/module.yaml", 13, "duplicate lesson id 'why-health'");
  }

  @Test
  void missingLessonFileIsReported() throws IOException {
    Files.delete(root.resolve("modules/toolkit-health/lessons/02-story.md"));
    assertProblem(
        "modules/toolkit-health/module.yaml", 16, "the file 'lessons/02-story.md' does not exist");
  }

  @Test
  void unknownSectorPartAndTypeAreReported() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE
            .replace("sector: health", "sector: fishing")
            .replace("type: reading", "type: podcast"));
    ContentSet content = read();
    assertHas(content, "modules/toolkit-health/module.yaml", 4, "unknown sector 'fishing'");
    assertHas(
        content,
        "modules/toolkit-health/module.yaml",
        10,
        "unknown lesson type 'podcast': use reading, training-card, practice, video or download");
  }

  @Test
  void idMustMatchTheFolder() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE.replace("id: toolkit-health", "id: toolkit-wealth"));
    assertProblem(
        "modules/toolkit-health/module.yaml",
        1,
        "the id 'toolkit-wealth' must equal the folder name 'toolkit-health'");
  }

  @Test
  void questionWithoutCorrectAnswerIsReported() throws IOException {
    write(
        "modules/toolkit-health/quiz.yaml",
        GOOD_QUIZ.replace("{text: A, correct: true}", "{text: A}"));
    assertProblem(
        "modules/toolkit-health/quiz.yaml",
        4,
        "question 'q1' has no correct answer: mark one option 'correct: true'");
  }

  @Test
  void passMarkOutOfRangeIsReported() throws IOException {
    write("modules/toolkit-health/quiz.yaml", GOOD_QUIZ.replace("passMark: 70", "passMark: 170"));
    assertProblem(
        "modules/toolkit-health/quiz.yaml", 1, "'passMark' is 170, outside the range 1..100");
  }

  @Test
  void trueFalseShortAnswerAndMatchingNeedTheirAnswers() throws IOException {
    write(
        "modules/toolkit-health/quiz.yaml",
        """
        passMark: 50
        questions:
          - id: tf
            type: true-false
            text: Is it?
          - id: short
            type: short-answer
            text: Which agency?
          - id: match
            type: matching
            text: Match
            pairs:
              - {left: a, right: b}
          - id: tf
            type: essay
            text: Tell
        """);
    ContentSet content = read();
    String file = "modules/toolkit-health/quiz.yaml";
    assertHas(
        content,
        file,
        3,
        "question 'tf' has no correct answer: add 'answer: true' or 'answer: false'");
    assertHas(
        content,
        file,
        6,
        "question 'short' has no correct answer: list accepted answers under 'accept'");
    assertHas(content, file, 9, "question 'match' needs at least two 'pairs'");
    assertHas(content, file, 14, "duplicate question id 'tf'");
    assertHas(
        content,
        file,
        15,
        "question 'tf' has unknown type 'essay': use single, multiple, true-false, matching or short-answer");
  }

  @Test
  void brokenYamlIsReportedAndTheOtherModulesStillLoad() throws IOException {
    module(
        "toolkit-security",
        GOOD_MODULE
            .replace("toolkit-health", "toolkit-security")
            .replace("sector: health", "sector: security"),
        GOOD_QUIZ);
    write("modules/toolkit-health/module.yaml", "id: toolkit-health\ntitle: [unclosed\n");
    ContentSet content = read();
    assertEquals(1, content.modules().size());
    assertEquals("toolkit-security", content.modules().get(0).id());
    assertEquals(java.util.Set.of("toolkit-health"), content.brokenModuleIds());
    assertTrue(
        content.problems().stream()
            .anyMatch(
                p ->
                    p.file().equals("modules/toolkit-health/module.yaml")
                        && p.message().startsWith("not valid YAML")),
        content.problems().toString());
  }

  @Test
  void courseWithUnknownModuleIsReported() throws IOException {
    write(
        "courses/core.yaml",
        GOOD_COURSE.replace(
            "- {id: toolkit-health, required: true}",
            "- {id: toolkit-health, required: true}\n  - {id: toolkit-mining, required: false}"));
    ContentSet content = read();
    assertHas(
        content,
        "courses/core.yaml",
        7,
        "unknown module id 'toolkit-mining': there is no folder modules/toolkit-mining");
    assertEquals(0, content.courses().size());
    assertEquals(java.util.Set.of("core"), content.brokenCourseIds());
  }

  @Test
  void courseAskingForMoreOptionalModulesThanItHasIsReported() throws IOException {
    write(
        "courses/core.yaml", GOOD_COURSE.replace("minOptionalModules: 0", "minOptionalModules: 2"));
    assertProblem(
        "courses/core.yaml",
        10,
        "'minOptionalModules' is 2 but the course has only 0 optional modules");
  }

  @Test
  void translationsFallBackAndUnknownLessonIdsAreReported() throws IOException {
    write(
        "modules/toolkit-health/i18n/es/module.yaml",
        "title: Salud\nlessons:\n  why-health: Por qué importa\n  nope: No existe\n");
    write("modules/toolkit-health/i18n/es/lessons/01-why.md", "# Por qué importa\n\nTexto.");
    ContentSet content = read();
    assertHas(content, "modules/toolkit-health/i18n/es/module.yaml", 4, "unknown lesson id 'nope'");
    write(
        "modules/toolkit-health/i18n/es/module.yaml",
        "title: Salud\nlessons:\n  why-health: Por qué importa\n");
    ModuleDefinition module = read().modules().get(0);
    var spanish = module.translations().get("es");
    assertEquals("Salud", spanish.title());
    assertEquals("Por qué importa", spanish.lessonTitles().get("why-health"));
    assertTrue(spanish.lessonBodies().get("why-health").contains("Texto"));
    assertEquals(
        null,
        spanish.lessonBodies().get("story-fernando"),
        "missing translations fall back to English");
  }

  @Test
  void objectivesAreReadAndEachMistakeIsReportedOnItsLine() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE.replace(
            "    minutes: 8\n",
            "    minutes: 8\n    objectives:\n      - explain why clinics miss seasonal workers\n"
                + "      - ''\n      - "
                + "x".repeat(301)
                + "\n"));
    ContentSet content = read();
    String file = "modules/toolkit-health/module.yaml";
    assertHas(content, file, 15, "objective 2 of lesson 'why-health' is empty");
    assertHas(
        content,
        file,
        16,
        "objective 3 of lesson 'why-health' has 301 characters: keep it to 300 or fewer");

    write(
        file,
        GOOD_MODULE.replace(
            "    minutes: 8\n", "    minutes: 8\n    objectives: [only one objective]\n"));
    assertHas(read(), file, 13, "lesson 'why-health' lists 1 objectives: give two to four");

    write(
        file,
        GOOD_MODULE.replace(
            "    minutes: 8\n",
            "    minutes: 8\n    objectives:\n      - explain   why\n        it matters\n"
                + "      - name two barriers\n"));
    ModuleDefinition module = read().modules().get(0);
    assertEquals(
        List.of("explain why it matters", "name two barriers"),
        module.lessons().get(0).objectives(),
        "folded lines become one objective");
    assertEquals(List.of(), module.lessons().get(1).objectives(), "objectives may be left out");
  }

  @Test
  void translatedObjectivesAreCheckedLikeTheEnglishOnes() throws IOException {
    write(
        "modules/toolkit-health/i18n/es/module.yaml",
        "title: Salud\nobjectives:\n  why-health: [explicar por qué, nombrar dos barreras]\n"
            + "  story-fernando: [solo una]\n  nope: [a, b]\n");
    ContentSet content = read();
    String file = "modules/toolkit-health/i18n/es/module.yaml";
    assertHas(content, file, 4, "lesson 'story-fernando' lists 1 objectives: give two to four");
    assertHas(content, file, 5, "unknown lesson id 'nope'");
    write(
        file,
        "title: Salud\nobjectives:\n  why-health: [explicar por qué, nombrar dos barreras]\n");
    var spanish = read().modules().get(0).translations().get("es");
    assertEquals(
        List.of("explicar por qué", "nombrar dos barreras"),
        spanish.lessonObjectives().get("why-health"));
  }

  @Test
  void aPracticeLessonNeedsAModelAnswerInEveryLanguage() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE.replace("type: training-card", "type: practice"));
    write("modules/toolkit-health/lessons/02-story.md", "# Fernando\n\nThe case, no answer.");
    String practiceProblem =
        "practice lesson 'story-fernando' needs a heading '## Model answer' followed by the answer"
            + " learners compare theirs with";
    assertProblem("modules/toolkit-health/module.yaml", 16, practiceProblem);

    write(
        "modules/toolkit-health/lessons/02-story.md",
        "# Fernando\n\nThe case.\n\n## Model answer\n\nWhat we would do.");
    write("modules/toolkit-health/i18n/fr/lessons/02-story.md", "# Fernando\n\nLe cas.");
    assertHas(read(), "modules/toolkit-health/i18n/fr/lessons/02-story.md", 1, practiceProblem);

    write(
        "modules/toolkit-health/i18n/fr/lessons/02-story.md",
        "# Fernando\n\nLe cas.\n\n## Model answer\n\nCe que nous ferions.");
    ContentSet good = read();
    assertEquals(List.of(), good.problems());
    assertEquals(LessonType.PRACTICE, good.modules().get(0).lessons().get(1).type());
  }

  @Test
  void trainerNotesAreReadWithTheLessonAndMayBeTranslated() throws IOException {
    write(
        "modules/toolkit-health/module.yaml",
        GOOD_MODULE.replace(
            "    file: lessons/02-story.md\n",
            "    file: lessons/02-story.md\n    trainerNotes: lessons/02-story-trainer.md\n"));
    assertProblem(
        "modules/toolkit-health/module.yaml",
        17,
        "the file 'lessons/02-story-trainer.md' does not exist");

    write("modules/toolkit-health/lessons/02-story-trainer.md", "# Rubric\n\nLook for reach.");
    write("modules/toolkit-health/i18n/es/lessons/02-story-trainer.md", "# Rúbrica\n\nAlcance.");
    ModuleDefinition module = read().modules().get(0);
    assertTrue(module.lessons().get(1).trainerNotes().contains("Look for reach"));
    assertEquals(null, module.lessons().get(0).trainerNotes());
    assertTrue(
        module.translations().get("es").trainerNotes().get("story-fernando").contains("Alcance"));
    assertEquals(
        null,
        module.translations().get("es").lessonBodies().get("story-fernando"),
        "trainer notes are not the lesson body");
  }

  @Test
  void keyResourcesNeedATitleAPublisherAndAnHttpsLinkIfAny() throws IOException {
    String withResources =
        GOOD_MODULE
            + "resources:\n"
            + "  - {title: Health toolkit, publisher: IOM, url: 'https://www.iom.int/'}\n"
            + "  - {title: Training cards, url: 'http://example.org/cards'}\n";
    write("modules/toolkit-health/module.yaml", withResources);
    ContentSet content = read();
    String file = "modules/toolkit-health/module.yaml";
    assertHas(content, file, 21, "'publisher' is missing");
    assertHas(
        content,
        file,
        21,
        "a resource 'url' must start with https://; leave it out rather than guess one");

    write(
        file,
        GOOD_MODULE
            + "resources:\n"
            + "  - {title: Health toolkit, publisher: IOM, url: 'https://www.iom.int/'}\n"
            + "  - {title: Training cards, publisher: IOM and the European Union}\n");
    ModuleDefinition module = read().modules().get(0);
    assertEquals(2, module.resources().size());
    assertEquals("https://www.iom.int/", module.resources().get(0).url());
    assertEquals(null, module.resources().get(1).url());
  }

  @Test
  void weightsFormatsDistractorsAndGradedAnswersAreReadAndChecked() throws IOException {
    write(
        "modules/toolkit-health/quiz.yaml",
        """
        passMark: 50
        questions:
          - id: weighted
            type: multiple
            format: markdown
            text: Which *two*?
            options:
              - {text: A, weight: 50}
              - {text: B, weight: 50}
              - {text: C, weight: -100}
          - id: tf
            type: true-false
            text: Is it?
            answer: false
            trueFeedback: No, it is not.
            falseFeedback: Right.
          - id: match
            type: matching
            text: Match
            pairs:
              - {left: a, right: b}
              - {left: c, right: d}
            distractors: [e]
          - id: short
            type: short-answer
            text: Where?
            answers:
              - {text: Nazareth}
              - {text: Nazereth, weight: 75, feedback: Misspelled.}
          - id: over
            type: multiple
            text: Too generous
            options:
              - {text: A, weight: 80}
              - {text: B, weight: 80}
          - id: nofull
            type: single
            format: rich
            text: No full marks
            options:
              - {text: A, weight: 50}
              - {text: B}
          - id: both
            type: short-answer
            text: Both lists
            accept: [x]
            answers:
              - {text: y}
        """);
    ContentSet content = read();
    String file = "modules/toolkit-health/quiz.yaml";
    assertHas(content, file, 30, "question 'over': the positive weights add up to 160 %, over 100");
    assertHas(content, file, 36, "question 'nofull' needs an option with weight 100 (full marks)");
    assertHas(
        content,
        file,
        38,
        "question 'nofull' has unknown format 'rich': use plain, markdown or html");
    assertHas(content, file, 48, "question 'both': give either 'accept' or 'answers'");
    assertEquals(4, content.problems().size(), content.problems().toString());
  }

  @Test
  void theNewQuestionFieldsReachTheDefinition() throws IOException {
    write(
        "modules/toolkit-health/quiz.yaml",
        """
        passMark: 50
        questions:
          - id: weighted
            type: single
            format: html
            text: Which <em>one</em>?
            options:
              - {text: A, weight: 100}
              - {text: B, weight: 50}
              - {text: C, weight: -50}
          - id: match
            type: matching
            text: Match
            pairs:
              - {left: a, right: b}
              - {left: c, right: d}
            distractors: [e, f]
          - id: short
            type: short-answer
            text: Where?
            answers:
              - {text: Nazareth}
              - {text: "*", weight: 0, feedback: No.}
        """);
    ContentSet content = read();
    assertEquals(List.of(), content.problems());
    var questions = content.modules().get(0).quiz().questions();
    assertEquals("html", questions.get(0).format());
    assertEquals(
        List.of(true, false, false),
        questions.get(0).options().stream().map(o -> o.correct()).toList(),
        "a weighted single choice is correct where it earns full marks");
    assertEquals(-50.0, questions.get(0).options().get(2).weight());
    assertEquals(List.of("e", "f"), questions.get(1).distractors());
    assertEquals(100.0, questions.get(2).answers().get(0).weight());
    assertEquals("No.", questions.get(2).answers().get(1).feedback());
    assertEquals("plain", questions.get(1).format());
  }

  private void assertProblem(String file, int line, String message) {
    ContentSet content = read();
    assertHas(content, file, line, message);
    assertTrue(
        content.modules().isEmpty() || content.courses().isEmpty(), "the broken item is left out");
  }

  private static void assertHas(ContentSet content, String file, int line, String message) {
    ContentProblem expected = new ContentProblem(file, line, message);
    assertTrue(
        content.problems().contains(expected),
        "expected "
            + expected
            + " among:\n"
            + content.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
  }

  private ContentSet read() {
    return new ContentReader(root).read();
  }

  private void module(String id, String moduleYaml, String quiz) throws IOException {
    write("modules/" + id + "/module.yaml", moduleYaml);
    write("modules/" + id + "/lessons/01-why.md", "# Why it matters\n\nText.");
    write("modules/" + id + "/lessons/02-story.md", "# Fernando\n\nStory.");
    write("modules/" + id + "/quiz.yaml", quiz);
  }

  private void write(String relative, String text) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }
}
