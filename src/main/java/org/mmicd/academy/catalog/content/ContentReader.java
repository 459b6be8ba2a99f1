package org.mmicd.academy.catalog.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mmicd.academy.catalog.LessonType;
import org.mmicd.academy.catalog.ResourcePart;
import org.mmicd.academy.catalog.Sector;

/**
 * Reads {@code modules/} and {@code courses/} under a content root and validates them. A module or
 * course with any problem is left out of the result (and named as broken) while the rest load.
 */
public class ContentReader {

  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final Path root;
  private final QuizReader quizReader = new QuizReader();

  public ContentReader(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public ContentSet read() {
    ProblemLog problems = new ProblemLog();
    List<ModuleDefinition> modules = new ArrayList<>();
    Set<String> brokenModules = new TreeSet<>();
    Set<String> moduleIds = new HashSet<>();
    Path modulesDir = root.resolve("modules");
    if (!Files.isDirectory(modulesDir)) {
      problems.add("modules", 1, "there is no modules/ folder under " + root);
    } else {
      for (Path folder : sortedChildren(modulesDir, Files::isDirectory)) {
        String folderName = folder.getFileName().toString();
        moduleIds.add(folderName);
        int before = problems.count();
        Optional<ModuleDefinition> module = readModule(folder, problems);
        if (module.isPresent() && problems.count() == before) {
          modules.add(module.get());
        } else {
          brokenModules.add(folderName);
        }
      }
    }

    List<CourseDefinition> courses = new ArrayList<>();
    Set<String> brokenCourses = new TreeSet<>();
    Path coursesDir = root.resolve("courses");
    if (!Files.isDirectory(coursesDir)) {
      problems.add("courses", 1, "there is no courses/ folder under " + root);
    } else {
      Set<String> courseIds = new HashSet<>();
      for (Path file : sortedChildren(coursesDir, p -> p.toString().endsWith(".yaml"))) {
        int before = problems.count();
        Optional<CourseDefinition> course = readCourse(file, moduleIds, problems);
        String fileId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        if (course.isPresent() && !courseIds.add(course.get().id())) {
          problems.add(
              relative(file),
              course.get().line(),
              "another course file already uses the id '" + course.get().id() + "'");
        }
        if (course.isPresent() && problems.count() == before) {
          courses.add(course.get());
        } else {
          brokenCourses.add(course.map(CourseDefinition::id).orElse(fileId));
        }
      }
    }
    return new ContentSet(modules, courses, brokenModules, brokenCourses, problems.all());
  }

  private Optional<ModuleDefinition> readModule(Path folder, ProblemLog problems) {
    Path moduleFile = folder.resolve("module.yaml");
    String file = relative(moduleFile);
    if (!Files.isRegularFile(moduleFile)) {
      problems.add(relative(folder), 1, "the module folder has no module.yaml");
      return Optional.empty();
    }
    Optional<YamlMap> read = YamlMap.read(moduleFile, file, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = read.get();
    String id = yaml.requiredId("id");
    String folderName = folder.getFileName().toString();
    if (id != null && !id.equals(folderName)) {
      problems.add(
          file,
          yaml.line("id"),
          "the id '" + id + "' must equal the folder name '" + folderName + "'");
    }
    String title = yaml.requiredString("title");
    String partKey = yaml.requiredString("part");
    ResourcePart part = null;
    if (partKey != null) {
      part = ResourcePart.fromKey(partKey).orElse(null);
      if (part == null) {
        problems.add(
            file,
            yaml.line("part"),
            "unknown part '" + partKey + "': use guidelines, toolkit, training or country");
      }
    }
    Sector sector = null;
    Optional<String> sectorKey = yaml.string("sector");
    if (sectorKey.isPresent()) {
      sector = Sector.fromKey(sectorKey.get()).orElse(null);
      if (sector == null) {
        problems.add(file, yaml.line("sector"), "unknown sector '" + sectorKey.get() + "'");
      }
    } else if (part == ResourcePart.TOOLKIT) {
      problems.add(file, yaml.line(), "a toolkit module needs a 'sector'");
    }
    String country = yaml.string("country").orElse(null);
    if (country != null && !COUNTRY.matcher(country).matches()) {
      problems.add(
          file, yaml.line("country"), "'country' must be an ISO 3166 alpha-2 code such as NP");
    } else if (country == null && part == ResourcePart.COUNTRY) {
      problems.add(file, yaml.line(), "a country module needs a 'country'");
    }
    int version = yaml.integer("version", 1, 1_000_000).orElse(1);
    List<LessonDefinition> lessons = readLessons(folder, yaml, problems);
    QuizDefinition quiz = null;
    String quizFile = yaml.string("quiz").orElse(null);
    if (quizFile != null) {
      Path quizPath = folder.resolve(quizFile).normalize();
      if (!quizPath.startsWith(folder) || !Files.isRegularFile(quizPath)) {
        problems.add(file, yaml.line("quiz"), "the quiz file '" + quizFile + "' does not exist");
      } else {
        quiz = quizReader.read(quizPath, relative(quizPath), problems).orElse(null);
      }
    }
    Map<String, ModuleTranslation> translations =
        readTranslations(folder, lessons, quiz, yaml, problems);
    return Optional.of(
        new ModuleDefinition(
            id,
            title,
            part,
            sector,
            country,
            yaml.strings("partners"),
            version,
            yaml.string("summary").orElse(""),
            lessons,
            quiz,
            quizFile,
            translations,
            relative(folder)));
  }

  private List<LessonDefinition> readLessons(Path folder, YamlMap yaml, ProblemLog problems) {
    String file = yaml.file();
    List<YamlMap> entries = yaml.maps("lessons");
    if (entries.isEmpty()) {
      problems.add(
          file, yaml.line("lessons"), "a module needs at least one lesson under 'lessons'");
    }
    List<LessonDefinition> lessons = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : entries) {
      String id = entry.requiredId("id");
      if (id != null && !ids.add(id)) {
        problems.add(file, entry.line("id"), "duplicate lesson id '" + id + "'");
      }
      String title = entry.requiredString("title");
      String typeKey = entry.string("type").orElse("reading");
      LessonType type = LessonType.fromKey(typeKey).orElse(null);
      if (type == null) {
        problems.add(
            file,
            entry.line("type"),
            "unknown lesson type '" + typeKey + "': use reading, training-card, video or download");
      }
      int minutes = entry.integer("minutes", 1, 120).orElse(0);
      if (!entry.has("minutes")) {
        problems.add(file, entry.line(), "lesson '" + id + "' needs estimated 'minutes'");
      }
      String url = entry.string("url").orElse(null);
      if (type != null && type.needsUrl() && url == null) {
        problems.add(file, entry.line(), "a " + typeKey + " lesson needs a 'url'");
      }
      if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
        problems.add(file, entry.line("url"), "'url' must start with https:// or http://");
      }
      String markdown = null;
      Optional<String> lessonFile = entry.string("file");
      if (lessonFile.isPresent()) {
        markdown = readText(folder, lessonFile.get(), file, entry.line("file"), problems);
      } else if (type != null && !type.needsUrl()) {
        problems.add(file, entry.line(), "lesson '" + id + "' needs a Markdown 'file'");
      }
      lessons.add(new LessonDefinition(id, title, type, minutes, url, markdown));
    }
    return lessons;
  }

  private Map<String, ModuleTranslation> readTranslations(
      Path folder,
      List<LessonDefinition> lessons,
      QuizDefinition englishQuiz,
      YamlMap moduleYaml,
      ProblemLog problems) {
    Path i18n = folder.resolve("i18n");
    Map<String, ModuleTranslation> translations = new LinkedHashMap<>();
    if (!Files.isDirectory(i18n)) {
      return translations;
    }
    Map<String, String> lessonFiles = new HashMap<>();
    for (YamlMap entry : moduleYaml.maps("lessons")) {
      entry
          .string("id")
          .ifPresent(id -> entry.string("file").ifPresent(f -> lessonFiles.put(f, id)));
    }
    Set<String> lessonIds = new HashSet<>();
    lessons.forEach(l -> lessonIds.add(l.id()));
    for (Path languageDir : sortedChildren(i18n, Files::isDirectory)) {
      String language = languageDir.getFileName().toString();
      if (!LANGUAGE.matcher(language).matches() || "en".equals(language)) {
        problems.add(
            relative(languageDir),
            1,
            "'" + language + "' is not a translation language code such as es or fr");
        continue;
      }
      String title = null;
      String summary = null;
      Map<String, String> lessonTitles = new LinkedHashMap<>();
      Path translatedModule = languageDir.resolve("module.yaml");
      if (Files.isRegularFile(translatedModule)) {
        Optional<YamlMap> yaml =
            YamlMap.read(translatedModule, relative(translatedModule), problems);
        if (yaml.isPresent()) {
          title = yaml.get().string("title").orElse(null);
          summary = yaml.get().string("summary").orElse(null);
          Optional<YamlMap> titles = yaml.get().map("lessons");
          if (titles.isPresent()) {
            for (String lessonId : titles.get().keys()) {
              if (!lessonIds.contains(lessonId)) {
                problems.add(
                    relative(translatedModule),
                    titles.get().line(lessonId),
                    "unknown lesson id '" + lessonId + "'");
              } else {
                titles.get().string(lessonId).ifPresent(t -> lessonTitles.put(lessonId, t));
              }
            }
          }
        }
      }
      Map<String, String> lessonBodies = new LinkedHashMap<>();
      Path lessonsDir = languageDir.resolve("lessons");
      if (Files.isDirectory(lessonsDir)) {
        for (Path lessonFile : sortedChildren(lessonsDir, p -> p.toString().endsWith(".md"))) {
          String key = "lessons/" + lessonFile.getFileName();
          String lessonId = lessonFiles.get(key);
          if (lessonId == null) {
            problems.add(relative(lessonFile), 1, "no English lesson uses the file '" + key + "'");
            continue;
          }
          String body = readText(languageDir, key, relative(lessonFile), 1, problems);
          if (body != null) {
            lessonBodies.put(lessonId, body);
          }
        }
      }
      QuizDefinition quiz = null;
      Path translatedQuiz = languageDir.resolve("quiz.yaml");
      if (Files.isRegularFile(translatedQuiz) && englishQuiz != null) {
        String quizFile = relative(translatedQuiz);
        quiz = quizReader.read(translatedQuiz, quizFile, problems).orElse(null);
        if (quiz != null) {
          checkSameQuestions(englishQuiz, quiz, quizFile, problems);
        }
      }
      translations.put(
          language,
          new ModuleTranslation(language, title, summary, lessonTitles, lessonBodies, quiz));
    }
    return translations;
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
      } else if (!original.type().equals(question.type())
          || original.options().size() != question.options().size()
          || original.pairs().size() != question.pairs().size()
          || !java.util.Objects.equals(original.answer(), question.answer())
          || !original.options().stream()
              .map(QuizDefinition.Option::correct)
              .toList()
              .equals(question.options().stream().map(QuizDefinition.Option::correct).toList())) {
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

  private Optional<CourseDefinition> readCourse(
      Path path, Set<String> moduleIds, ProblemLog problems) {
    String file = relative(path);
    Optional<YamlMap> read = YamlMap.read(path, file, problems);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = read.get();
    String id = yaml.requiredId("id");
    String title = yaml.requiredString("title");
    List<String> languages = yaml.strings("languages");
    if (languages.isEmpty()) {
      problems.add(file, yaml.line(), "a course needs at least one language under 'languages'");
    }
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        problems.add(
            file,
            yaml.line("languages"),
            "'" + language + "' is not a language code such as en, es or fr");
      }
    }
    List<String> countries = yaml.strings("countries");
    for (String country : countries) {
      if (!COUNTRY.matcher(country).matches()) {
        problems.add(
            file,
            yaml.line("countries"),
            "'" + country + "' is not an ISO 3166 alpha-2 code such as NP");
      }
    }
    List<CourseDefinition.ModuleChoice> modules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<YamlMap> entries = yaml.maps("modules");
    if (entries.isEmpty()) {
      problems.add(
          file, yaml.line("modules"), "a course needs at least one module under 'modules'");
    }
    for (YamlMap entry : entries) {
      String moduleId = entry.requiredString("id");
      if (moduleId == null) {
        continue;
      }
      if (!moduleIds.contains(moduleId)) {
        problems.add(
            file,
            entry.line("id"),
            "unknown module id '" + moduleId + "': there is no folder modules/" + moduleId);
      } else if (!seen.add(moduleId)) {
        problems.add(file, entry.line("id"), "the module '" + moduleId + "' is listed twice");
      }
      modules.add(
          new CourseDefinition.ModuleChoice(
              moduleId, entry.bool("required").orElse(true), entry.line()));
    }
    long optional = modules.stream().filter(m -> !m.required()).count();
    boolean quizzesRequired = true;
    int minOptional = 0;
    int minLive = 0;
    Optional<YamlMap> completion = yaml.map("completion");
    if (completion.isPresent()) {
      YamlMap rule = completion.get();
      String lessons = rule.string("requiredLessons").orElse("all");
      if (!"all".equals(lessons)) {
        problems.add(file, rule.line("requiredLessons"), "'requiredLessons' can only be 'all'");
      }
      String quizzes = rule.string("quizzesPassed").orElse("required");
      if (!quizzes.equals("required") && !quizzes.equals("none")) {
        problems.add(file, rule.line("quizzesPassed"), "'quizzesPassed' must be required or none");
      }
      quizzesRequired = !"none".equals(quizzes);
      minOptional = rule.integer("minOptionalModules", 0, 100).orElse(0);
      if (minOptional > optional) {
        problems.add(
            file,
            rule.line("minOptionalModules"),
            "'minOptionalModules' is "
                + minOptional
                + " but the course has only "
                + optional
                + " optional modules");
      }
      minLive = rule.integer("minLiveSessionsAttended", 0, 100).orElse(0);
    }
    return Optional.of(
        new CourseDefinition(
            id,
            title,
            yaml.string("summary").orElse(""),
            languages,
            countries,
            modules,
            quizzesRequired,
            minOptional,
            minLive,
            readCertificate(yaml),
            file,
            yaml.line()));
  }

  private static CertificateTerms readCertificate(YamlMap yaml) {
    Optional<YamlMap> block = yaml.map("certificate");
    if (block.isEmpty()) {
      return CertificateTerms.NONE;
    }
    YamlMap certificate = block.get();
    Integer validity = certificate.integer("validityMonths", 1, 600).orElse(null);
    boolean recertify = certificate.bool("recertify").orElse(false);
    return new CertificateTerms(
        certificate.string("title").orElse(null),
        certificate.string("signatory").orElse(null),
        validity,
        recertify);
  }

  private String readText(
      Path folder, String relativeFile, String referencedFrom, int line, ProblemLog problems) {
    Path path = folder.resolve(relativeFile).normalize();
    if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
      problems.add(referencedFrom, line, "the file '" + relativeFile + "' does not exist");
      return null;
    }
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (text.isBlank()) {
        problems.add(relative(path), 1, "the lesson file is empty");
        return null;
      }
      return text;
    } catch (IOException e) {
      problems.add(relative(path), 1, "cannot be read as UTF-8 text: " + e.getMessage());
      return null;
    }
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static List<Path> sortedChildren(Path dir, java.util.function.Predicate<Path> filter) {
    try (Stream<Path> children = Files.list(dir)) {
      return children.filter(filter).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
