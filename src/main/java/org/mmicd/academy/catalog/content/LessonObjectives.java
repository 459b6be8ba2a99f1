package org.mmicd.academy.catalog.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lesson's learning objectives: two to four short statements of what the learner will be
 * able to do. Leaving them out is allowed here; the library's own tests require them.
 */
final class LessonObjectives {

  static final int MIN = 2;
  static final int MAX = 4;
  static final int MAX_CHARACTERS = 300;

  private LessonObjectives() {}

  static List<String> read(YamlMap yaml, String key, String lessonId, ProblemLog problems) {
    if (!yaml.has(key)) {
      return List.of();
    }
    List<YamlMap.Line> lines = yaml.lines(key);
    String lesson = "lesson '" + lessonId + "'";
    if (lines.size() < MIN || lines.size() > MAX) {
      problems.add(
          yaml.file(),
          yaml.line(key),
          lesson + " lists " + lines.size() + " objectives: give two to four");
    }
    List<String> objectives = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text().replaceAll("\\s+", " ").strip();
      String which = "objective " + (i + 1) + " of " + lesson;
      if (text.isEmpty()) {
        problems.add(yaml.file(), lines.get(i).line(), which + " is empty");
      } else if (text.length() > MAX_CHARACTERS) {
        problems.add(
            yaml.file(),
            lines.get(i).line(),
            which
                + " has "
                + text.length()
                + " characters: keep it to "
                + MAX_CHARACTERS
                + " or fewer");
      }
      objectives.add(text);
    }
    return List.copyOf(objectives);
  }
}
