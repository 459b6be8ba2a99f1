package org.mmicd.academy.catalog.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mmicd.academy.catalog.LessonType;
import org.mmicd.academy.catalog.ModelAnswer;

/** Reads and validates the {@code lessons:} list of a module.yaml and the files it names. */
class LessonReader {

  private final ContentRoot root;

  LessonReader(ContentRoot root) {
    this.root = root;
  }

  List<LessonDefinition> read(Path folder, YamlMap yaml, ProblemLog problems) {
    List<YamlMap> entries = yaml.maps("lessons");
    if (entries.isEmpty()) {
      problems.add(
          yaml.file(), yaml.line("lessons"), "a module needs at least one lesson under 'lessons'");
    }
    List<LessonDefinition> lessons = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlMap entry : entries) {
      LessonDefinition lesson = lesson(folder, entry, problems);
      if (lesson.id() != null && !ids.add(lesson.id())) {
        problems.add(entry.file(), entry.line("id"), "duplicate lesson id '" + lesson.id() + "'");
      }
      lessons.add(lesson);
    }
    return lessons;
  }

  private LessonDefinition lesson(Path folder, YamlMap entry, ProblemLog problems) {
    String id = entry.requiredId("id");
    String title = entry.requiredString("title");
    String typeKey = entry.string("type").orElse("reading");
    LessonType type = type(entry, typeKey, problems);
    int minutes = entry.integer("minutes", 1, 120).orElse(0);
    if (!entry.has("minutes")) {
      problems.add(entry.file(), entry.line(), "lesson '" + id + "' needs estimated 'minutes'");
    }
    String url = url(entry, type, typeKey, problems);
    String markdown = markdown(folder, entry, id, type, problems);
    if (type == LessonType.PRACTICE && markdown != null && !ModelAnswer.presentIn(markdown)) {
      problems.add(entry.file(), entry.line("file"), practiceWithoutModelAnswer(id));
    }
    return new LessonDefinition(
        id,
        title,
        type,
        minutes,
        url,
        markdown,
        LessonObjectives.read(entry, "objectives", id, problems),
        trainerNotes(folder, entry, problems));
  }

  static String practiceWithoutModelAnswer(String id) {
    return "practice lesson '"
        + id
        + "' needs a heading '## Model answer' followed by the answer learners compare theirs with";
  }

  private String trainerNotes(Path folder, YamlMap entry, ProblemLog problems) {
    return entry
        .string("trainerNotes")
        .map(
            notes ->
                root.readText(folder, notes, entry.file(), entry.line("trainerNotes"), problems))
        .orElse(null);
  }

  private static LessonType type(YamlMap entry, String typeKey, ProblemLog problems) {
    Optional<LessonType> type = LessonType.fromKey(typeKey);
    if (type.isEmpty()) {
      problems.add(
          entry.file(),
          entry.line("type"),
          "unknown lesson type '" + typeKey + "': use " + LessonType.keys());
    }
    return type.orElse(null);
  }

  private static String url(YamlMap entry, LessonType type, String typeKey, ProblemLog problems) {
    String url = entry.string("url").orElse(null);
    if (type != null && type.needsUrl() && url == null) {
      problems.add(entry.file(), entry.line(), "a " + typeKey + " lesson needs a 'url'");
    }
    if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
      problems.add(entry.file(), entry.line("url"), "'url' must start with https:// or http://");
    }
    return url;
  }

  private String markdown(
      Path folder, YamlMap entry, String id, LessonType type, ProblemLog problems) {
    Optional<String> lessonFile = entry.string("file");
    if (lessonFile.isPresent()) {
      return root.readText(folder, lessonFile.get(), entry.file(), entry.line("file"), problems);
    }
    if (type != null && !type.needsUrl()) {
      problems.add(entry.file(), entry.line(), "lesson '" + id + "' needs a Markdown 'file'");
    }
    return null;
  }
}
