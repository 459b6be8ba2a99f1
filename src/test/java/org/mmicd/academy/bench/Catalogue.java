package org.mmicd.academy.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The courses as the application loaded them from the content files: what the generator needs to
 * give learners lesson progress, quiz attempts and certificates that the application would accept.
 */
record Catalogue(Map<String, CourseShape> courses, Map<String, ModuleShape> modules) {

  Catalogue {
    // In the order read, so that a generation walks them the same way every time.
    courses = Collections.unmodifiableMap(new LinkedHashMap<>(courses));
    modules = Collections.unmodifiableMap(new LinkedHashMap<>(modules));
  }

  record CourseShape(
      String id,
      String title,
      String certificateTitle,
      String signatory,
      Integer validityMonths,
      boolean quizzesRequired,
      int minOptionalModules,
      int minLiveSessions,
      List<ModuleChoice> modules) {

    CourseShape {
      modules = List.copyOf(modules);
    }

    Optional<String> countryModule() {
      return modules.stream()
          .map(ModuleChoice::moduleId)
          .filter(id -> id.startsWith("country-"))
          .findFirst();
    }
  }

  record ModuleChoice(String moduleId, boolean required) {}

  record ModuleShape(String id, int version, String sector, List<Long> lessonIds, Quiz quiz) {

    ModuleShape {
      lessonIds = List.copyOf(lessonIds);
    }
  }

  record Quiz(
      int drawCount,
      int attemptLimit,
      int passMark,
      String reviewPolicy,
      Integer timeLimitSeconds,
      List<QuestionText> questions) {

    Quiz {
      questions = List.copyOf(questions);
    }
  }

  /** A question of a pool in each language it was written in (JSON, as attempts freeze it). */
  record QuestionText(long id, String key, Map<String, String> content) {

    String in(String language) {
      return content.getOrDefault(language, content.get("en"));
    }
  }

  CourseShape course(String id) {
    return Optional.ofNullable(courses.get(id))
        .orElseThrow(() -> new IllegalStateException("No course " + id + ": was content loaded?"));
  }

  ModuleShape module(String id) {
    return modules.get(id);
  }

  static Catalogue read(Connection db) throws SQLException {
    Map<String, List<ModuleChoice>> choices = new LinkedHashMap<>();
    each(
        db,
        "SELECT course_id, module_id, required FROM course_module ORDER BY course_id, position",
        r ->
            choices
                .computeIfAbsent(r.getString(1), c -> new ArrayList<>())
                .add(new ModuleChoice(r.getString(2), r.getBoolean(3))));
    Map<String, CourseShape> courses = new LinkedHashMap<>();
    each(
        db,
        "SELECT id, title, certificate_title, certificate_signatory, certificate_validity_months,"
            + " quizzes_required, min_optional_modules, min_live_sessions FROM course"
            + " WHERE retired = FALSE ORDER BY id",
        r ->
            courses.put(
                r.getString(1),
                new CourseShape(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    (Integer) r.getObject(5),
                    r.getBoolean(6),
                    r.getInt(7),
                    r.getInt(8),
                    choices.getOrDefault(r.getString(1), List.of()))));
    Map<String, List<Long>> lessons = new LinkedHashMap<>();
    each(
        db,
        "SELECT module_id, id FROM lesson WHERE retired = FALSE ORDER BY module_id, position",
        r -> lessons.computeIfAbsent(r.getString(1), m -> new ArrayList<>()).add(r.getLong(2)));
    Map<Long, QuestionText> questions = new LinkedHashMap<>();
    Map<String, List<QuestionText>> pools = new LinkedHashMap<>();
    each(
        db,
        "SELECT q.module_id, q.id, q.question_key, c.language, c.content FROM quiz_question q"
            + " JOIN quiz_question_content c ON c.question_id = q.id WHERE q.retired = FALSE"
            + " ORDER BY q.module_id, q.position, c.language",
        r -> {
          String moduleId = r.getString(1);
          long id = r.getLong(2);
          String key = r.getString(3);
          QuestionText question = questions.get(id);
          if (question == null) {
            question = new QuestionText(id, key, new LinkedHashMap<>());
            questions.put(id, question);
            pools.computeIfAbsent(moduleId, m -> new ArrayList<>()).add(question);
          }
          question.content().put(r.getString(4), r.getString(5));
        });
    Map<String, Quiz> quizzes = new LinkedHashMap<>();
    each(
        db,
        "SELECT module_id, draw_count, attempt_limit, pass_mark, review_policy,"
            + " time_limit_seconds FROM quiz WHERE retired = FALSE",
        r ->
            quizzes.put(
                r.getString(1),
                new Quiz(
                    r.getInt(2),
                    r.getInt(3),
                    r.getInt(4),
                    r.getString(5),
                    (Integer) r.getObject(6),
                    pools.getOrDefault(r.getString(1), List.of()))));
    Map<String, ModuleShape> modules = new LinkedHashMap<>();
    each(
        db,
        "SELECT id, version, sector FROM learning_module WHERE retired = FALSE ORDER BY id",
        r ->
            modules.put(
                r.getString(1),
                new ModuleShape(
                    r.getString(1),
                    r.getInt(2),
                    r.getString(3),
                    lessons.getOrDefault(r.getString(1), List.of()),
                    quizzes.get(r.getString(1)))));
    return new Catalogue(courses, modules);
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void each(Connection db, String sql, RowReader reader) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        reader.read(rows);
      }
    }
  }
}
