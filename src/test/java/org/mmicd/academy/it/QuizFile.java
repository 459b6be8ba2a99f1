package org.mmicd.academy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A module's quiz file as the tests read it: to know the right answers, and what must not leak. */
@SuppressWarnings("unchecked")
public record QuizFile(List<Map<String, Object>> questions, int draw) {

  public static QuizFile of(String moduleFolder) {
    Path file = Path.of(moduleFolder, "quiz.yaml");
    try {
      Map<String, Object> quiz =
          (Map<String, Object>)
              new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
      List<Map<String, Object>> questions = (List<Map<String, Object>>) quiz.get("questions");
      Object draw = quiz.getOrDefault("draw", questions.size());
      return new QuizFile(questions, ((Number) draw).intValue());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Map<String, Object> byText(String text) {
    return questions.stream()
        .filter(q -> text.equals(q.get("text")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no question " + text));
  }

  /** Every piece of text that may only be seen after submission: feedback and accepted answers. */
  public List<String> secrets() {
    List<String> secrets = new ArrayList<>();
    for (Map<String, Object> question : questions) {
      add(secrets, question.get("feedback"));
      List<Object> accept = (List<Object>) question.getOrDefault("accept", List.of());
      accept.forEach(a -> add(secrets, a));
      List<Map<String, Object>> options =
          (List<Map<String, Object>>) question.getOrDefault("options", List.of());
      options.forEach(o -> add(secrets, o.get("feedback")));
    }
    return secrets;
  }

  private static void add(List<String> secrets, Object text) {
    if (text != null && text.toString().length() > 12) {
      secrets.add(text.toString().strip());
    }
  }
}
