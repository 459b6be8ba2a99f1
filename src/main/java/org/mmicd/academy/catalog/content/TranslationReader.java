package org.mmicd.academy.catalog.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mmicd.academy.catalog.LessonType;
import org.mmicd.academy.catalog.ModelAnswer;

/**
 * Reads a module's {@code i18n/<language>/} folders. A translation may leave anything out (it falls
 * back to English) but may not name lessons or questions the English module does not have.
 */
class TranslationReader {

  private final ContentRoot root;
  private final QuizReader quizReader;

  TranslationReader(ContentRoot root, QuizReader quizReader) {
    this.root = root;
    this.quizReader = quizReader;
  }

  Map<String, ModuleTranslation> read(
      Path folder,
      List<LessonDefinition> lessons,
      QuizDefinition englishQuiz,
      YamlMap moduleYaml,
      ProblemLog problems) {
    Map<String, ModuleTranslation> translations = new LinkedHashMap<>();
    Path i18n = folder.resolve("i18n");
    if (!Files.isDirectory(i18n)) {
      return translations;
    }
    English english =
        new English(
            lessonIds(lessons),
            filesNamedBy(moduleYaml, "file"),
            filesNamedBy(moduleYaml, "trainerNotes"),
            practiceIds(lessons),
            englishQuiz);
    for (Path languageDir : root.sortedChildren(i18n, Files::isDirectory)) {
      String language = languageDir.getFileName().toString();
      if (!ContentReader.LANGUAGE.matcher(language).matches() || "en".equals(language)) {
        problems.add(
            root.relative(languageDir),
            1,
            "'" + language + "' is not a translation language code such as es or fr");
        continue;
      }
      translations.put(language, translation(language, languageDir, english, problems));
    }
    return translations;
  }

  /** What a translation is checked against. */
  private record English(
      Set<String> lessonIds,
      Map<String, String> lessonIdByFile,
      Map<String, String> lessonIdByTrainerNotesFile,
      Set<String> practiceIds,
      QuizDefinition quiz) {}

  /** The Markdown files of one module folder a translation provides, by lesson id. */
  private record TranslatedFiles(Map<String, String> bodies, Map<String, String> trainerNotes) {}

  private static Set<String> lessonIds(List<LessonDefinition> lessons) {
    return lessons.stream()
        .map(LessonDefinition::id)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }

  private static Set<String> practiceIds(List<LessonDefinition> lessons) {
    return lessons.stream()
        .filter(l -> l.type() == LessonType.PRACTICE)
        .map(LessonDefinition::id)
        .collect(Collectors.toSet());
  }

  /** Lesson ids by the file their entry names under {@code key} ("file" or "trainerNotes"). */
  private static Map<String, String> filesNamedBy(YamlMap moduleYaml, String key) {
    Map<String, String> files = new HashMap<>();
    for (YamlMap entry : moduleYaml.maps("lessons")) {
      entry.string("id").ifPresent(id -> entry.string(key).ifPresent(f -> files.put(f, id)));
    }
    return files;
  }

  private ModuleTranslation translation(
      String language, Path languageDir, English english, ProblemLog problems) {
    Path moduleFile = languageDir.resolve("module.yaml");
    Optional<YamlMap> yaml =
        Files.isRegularFile(moduleFile)
            ? YamlMap.read(moduleFile, root.relative(moduleFile), problems)
            : Optional.empty();
    TranslatedFiles files = lessonFiles(languageDir, english, problems);
    return new ModuleTranslation(
        language,
        yaml.flatMap(y -> y.string("title")).orElse(null),
        yaml.flatMap(y -> y.string("summary")).orElse(null),
        yaml.map(y -> lessonTitles(y, english, problems)).orElse(Map.of()),
        files.bodies(),
        yaml.map(y -> lessonObjectives(y, english, problems)).orElse(Map.of()),
        files.trainerNotes(),
        quiz(languageDir, english, problems));
  }

  private static Map<String, String> lessonTitles(
      YamlMap yaml, English english, ProblemLog problems) {
    Map<String, String> lessonTitles = new LinkedHashMap<>();
    Optional<YamlMap> titles = yaml.map("lessons");
    if (titles.isEmpty()) {
      return lessonTitles;
    }
    for (String lessonId : titles.get().keys()) {
      if (!english.lessonIds().contains(lessonId)) {
        problems.add(
            yaml.file(), titles.get().line(lessonId), "unknown lesson id '" + lessonId + "'");
      } else {
        titles.get().string(lessonId).ifPresent(t -> lessonTitles.put(lessonId, t));
      }
    }
    return lessonTitles;
  }

  /** Objectives by lesson id, under {@code objectives:} in the translated module.yaml. */
  private static Map<String, List<String>> lessonObjectives(
      YamlMap yaml, English english, ProblemLog problems) {
    Map<String, List<String>> objectives = new LinkedHashMap<>();
    Optional<YamlMap> byLesson = yaml.map("objectives");
    if (byLesson.isEmpty()) {
      return objectives;
    }
    for (String lessonId : byLesson.get().keys()) {
      if (!english.lessonIds().contains(lessonId)) {
        problems.add(
            yaml.file(), byLesson.get().line(lessonId), "unknown lesson id '" + lessonId + "'");
      } else {
        objectives.put(
            lessonId, LessonObjectives.read(byLesson.get(), lessonId, lessonId, problems));
      }
    }
    return objectives;
  }

  private TranslatedFiles lessonFiles(Path languageDir, English english, ProblemLog problems) {
    TranslatedFiles files = new TranslatedFiles(new LinkedHashMap<>(), new LinkedHashMap<>());
    Path lessonsDir = languageDir.resolve("lessons");
    if (!Files.isDirectory(lessonsDir)) {
      return files;
    }
    for (Path lessonFile : root.sortedChildren(lessonsDir, p -> p.toString().endsWith(".md"))) {
      String key = "lessons/" + lessonFile.getFileName();
      String file = root.relative(lessonFile);
      String lessonId = english.lessonIdByFile().get(key);
      String notesOf = english.lessonIdByTrainerNotesFile().get(key);
      if (lessonId == null && notesOf == null) {
        problems.add(file, 1, "no English lesson uses the file '" + key + "'");
        continue;
      }
      String text = root.readText(languageDir, key, file, 1, problems);
      if (text == null) {
        continue;
      }
      if (lessonId != null) {
        checkModelAnswer(english, lessonId, text, file, problems);
        files.bodies().put(lessonId, text);
      } else {
        files.trainerNotes().put(notesOf, text);
      }
    }
    return files;
  }

  private static void checkModelAnswer(
      English english, String lessonId, String text, String file, ProblemLog problems) {
    if (english.practiceIds().contains(lessonId) && !ModelAnswer.presentIn(text)) {
      problems.add(file, 1, LessonReader.practiceWithoutModelAnswer(lessonId));
    }
  }

  private QuizDefinition quiz(Path languageDir, English english, ProblemLog problems) {
    Path translatedQuiz = languageDir.resolve("quiz.yaml");
    if (!Files.isRegularFile(translatedQuiz) || english.quiz() == null) {
      return null;
    }
    String quizFile = root.relative(translatedQuiz);
    Optional<QuizDefinition> quiz = quizReader.read(translatedQuiz, quizFile, problems);
    quiz.ifPresent(q -> checkSameQuestions(english.quiz(), q, quizFile, problems));
    return quiz.orElse(null);
  }

  /** A translated quiz must ask the same questions, with the same answers in the same places. */
  private static void checkSameQuestions(
      QuizDefinition english, QuizDefinition translated, String file, ProblemLog problems) {
    Map<String, QuizDefinition.Question> byId = new HashMap<>();
    english.questions().forEach(q -> byId.put(q.id(), q));
    for (QuizDefinition.Question question : translated.questions()) {
      QuizDefinition.Question original = byId.remove(question.id());
      if (original == null) {
        problems.add(file, 1, "question '" + question.id() + "' is not in the English quiz");
      } else if (!sameShape(original, question)) {
        problems.add(
            file,
            1,
            "question '"
                + question.id()
                + "' must keep the English type, options, pairs and correct answers in the same order");
      }
    }
    byId.keySet()
        .forEach(
            id -> problems.add(file, 1, "question '" + id + "' of the English quiz is missing"));
  }

  private static boolean sameShape(QuizDefinition.Question english, QuizDefinition.Question other) {
    return Objects.equals(english.type(), other.type())
        && english.options().size() == other.options().size()
        && english.pairs().size() == other.pairs().size()
        && english.distractors().size() == other.distractors().size()
        && english.answers().stream()
            .map(QuizDefinition.Graded::weight)
            .toList()
            .equals(other.answers().stream().map(QuizDefinition.Graded::weight).toList())
        && Objects.equals(english.answer(), other.answer())
        && correctFlags(english).equals(correctFlags(other));
  }

  private static List<String> correctFlags(QuizDefinition.Question question) {
    return question.options().stream().map(o -> o.correct() + "/" + o.weight()).toList();
  }
}
