package org.mmicd.academy.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NationalDataSetTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

  /** Every row, as the generator handed it over. */
  private static final class Collected implements Rows {
    final Map<Table, List<List<Object>>> rows = new EnumMap<>(Table.class);

    @Override
    public void add(Table table, Object... values) {
      assertEquals(table.columns().size(), values.length, table + " row width");
      rows.computeIfAbsent(table, t -> new ArrayList<>()).add(Arrays.asList(values));
    }

    List<List<Object>> of(Table table) {
      return rows.getOrDefault(table, List.of());
    }
  }

  @Test
  void theSameSettingsGiveTheSameRows() {
    Collected first = generate(400, 7);
    Collected second = generate(400, 7);
    assertEquals(first.rows, second.rows);
    Collected other = generate(400, 8);
    assertTrue(!first.rows.equals(other.rows), "another seed gives another data set");
  }

  @Test
  void learnersHaveATokenAndEnrolmentsFollowTheirLessons() {
    Collected data = generate(400, 7);
    List<List<Object>> learners =
        data.of(Table.PERSON).stream()
            .filter(p -> ((String) p.get(1)).startsWith("learner"))
            .toList();
    assertEquals(400, learners.size());
    // One token per account; its hash is the SHA-256 of the secret the load driver derives.
    assertEquals(data.of(Table.PERSON).size(), data.of(Table.ACCESS_TOKEN).size());
    String email = LearnerLife.emailOf(0);
    String hash = NationalTokens.hashOf(NationalTokens.secretOf(7, email));
    assertTrue(data.of(Table.ACCESS_TOKEN).stream().anyMatch(t -> hash.equals(t.get(3))));

    Map<Object, Object> countryOf = new HashMap<>();
    data.of(Table.PERSON).forEach(p -> countryOf.put(p.get(0), p.get(4)));
    Set<Long> enrolments = new HashSet<>();
    long completed = 0;
    for (List<Object> enrolment : data.of(Table.ENROLLMENT)) {
      enrolments.add((Long) enrolment.get(0));
      assertEquals(
          countryOf.get(enrolment.get(1)), enrolment.get(11), "the learner's country, kept (V22)");
      if ("COMPLETED".equals(enrolment.get(3))) {
        completed++;
        assertEquals(100, enrolment.get(10), "a completed enrolment has every lesson");
        assertTrue(!((Instant) enrolment.get(5)).isAfter(NOW), "completed by now");
      }
    }
    assertTrue(completed > 0, "some learners completed");
    assertEquals(completed, data.of(Table.CERTIFICATE).size(), "one certificate per completion");
    for (List<Object> progress : data.of(Table.LESSON_PROGRESS)) {
      assertTrue(enrolments.contains((Long) progress.get(1)), "progress of a known enrolment");
    }
    Set<Object> serials = new HashSet<>();
    data.of(Table.CERTIFICATE).forEach(c -> assertTrue(serials.add(c.get(1)), "unique serial"));
  }

  @Test
  void quizTakersLeaveAttemptsWithTheirAnswers() {
    Collected data = generate(400, 7);
    assertTrue(!data.of(Table.QUIZ_ATTEMPT).isEmpty());
    Set<Object> attempts = new HashSet<>();
    data.of(Table.QUIZ_ATTEMPT).forEach(a -> attempts.add(a.get(0)));
    for (List<Object> item : data.of(Table.ATTEMPT_ITEM)) {
      assertTrue(attempts.contains(item.get(1)), "item of a written attempt");
    }
    // A pass for each quiz a learner passed, never two for the same learner and quiz.
    Set<String> passes = new HashSet<>();
    data.of(Table.QUIZ_PASS).forEach(p -> assertTrue(passes.add(p.get(0) + "/" + p.get(1))));
  }

  @Test
  void copyTextEscapesDelimitersAndWritesNulls() {
    assertEquals("\\N", CopyFiles.text(null));
    assertEquals("t", CopyFiles.text(true));
    assertEquals("a\\tb\\nc\\\\d", CopyFiles.text("a\tb\nc\\d"));
    assertEquals("2026-11-30T12:00:00Z", CopyFiles.text(NOW));
  }

  private static Collected generate(int learners, long seed) {
    Map<Table, Long> first = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      if (table.sequence() != null) {
        first.put(table, 1000L);
      }
    }
    Collected rows = new Collected();
    new NationalDataSet(catalogue(), new NationalDataSet.Settings(learners, seed, NOW, 3), first)
        .generate(rows);
    return rows;
  }

  /** A core course and the three country tracks, two modules each, one quiz per module. */
  static Catalogue catalogue() {
    String question =
        "{\"key\":\"q\",\"type\":\"single\",\"text\":\"Which?\",\"options\":["
            + "{\"text\":\"right\",\"correct\":true},{\"text\":\"wrong\",\"correct\":false}]}";
    Map<String, Catalogue.ModuleShape> modules = new java.util.LinkedHashMap<>();
    Map<String, Catalogue.CourseShape> courses = new java.util.LinkedHashMap<>();
    long[] lesson = {100};
    long[] questionId = {500};
    List<String> courseIds =
        List.of(NationalDataSet.CORE_COURSE, "track-ecuador", "track-nepal", "track-madagascar");
    for (String courseId : courseIds) {
      boolean core = courseId.equals(NationalDataSet.CORE_COURSE);
      List<String> moduleIds =
          core
              ? List.of("guidelines", NationalDataSet.CORE_SESSION_MODULE, "toolkit-governance")
              : List.of("country-" + courseId.substring(6), "toolkit-health");
      List<Catalogue.ModuleChoice> choices = new ArrayList<>();
      for (int i = 0; i < moduleIds.size(); i++) {
        String id = moduleIds.get(i);
        choices.add(new Catalogue.ModuleChoice(id, i < 2));
        if (!modules.containsKey(id)) {
          List<Long> lessons = List.of(lesson[0]++, lesson[0]++, lesson[0]++);
          List<Catalogue.QuestionText> pool = new ArrayList<>();
          for (int q = 0; q < 4; q++) {
            pool.add(new Catalogue.QuestionText(questionId[0]++, "q" + q, Map.of("en", question)));
          }
          modules.put(
              id,
              new Catalogue.ModuleShape(
                  id, 1, "governance", lessons, new Catalogue.Quiz(3, 3, 60, "AFTER", null, pool)));
        }
      }
      courses.put(
          courseId,
          new Catalogue.CourseShape(
              courseId, "Course " + courseId, null, null, null, true, 1, core ? 1 : 0, choices));
    }
    return new Catalogue(courses, modules);
  }
}
