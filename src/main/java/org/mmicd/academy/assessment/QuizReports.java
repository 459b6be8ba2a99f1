package org.mmicd.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.mmicd.academy.identity.CoordinatorScope;
import org.mmicd.academy.identity.CoordinatorScopes;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Paging;

/** What trainers and coordinators see of quizzes: attempts by country and item analysis. */
@ApplicationScoped
public class QuizReports {

  static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext EntityManager em;
  @Inject QuizService quizzes;
  @Inject CoordinatorScopes scopes;

  public record AttemptRow(
      long id,
      String learner,
      String email,
      String country,
      int number,
      String status,
      Instant startedAt,
      Instant submittedAt,
      Double scorePercent,
      Boolean passed) {}

  public record AttemptPage(int page, int size, long total, List<AttemptRow> attempts) {}

  public record Response(String label, boolean correct, long count) {}

  public record ItemReport(
      String questionKey,
      String type,
      String text,
      int attempts,
      double facility,
      Double discrimination,
      List<Response> responses) {}

  public record Analysis(
      String moduleId, String country, int attempts, Double meanScore, List<ItemReport> items) {}

  /**
   * Whose attempts to count: learners of a country, of a cohort, and (for coordinators of some
   * countries only) of the countries the viewer may see; null means no such limit.
   */
  public record Filter(String country, Long cohort, java.util.Set<String> visibleCountries) {

    public static final Filter NONE = new Filter(null, null, null);

    String where() {
      return (country == null ? "" : " and a.learner.country.code = :country")
          + (cohort == null
              ? ""
              : " and exists (select e from Enrollment e where e.learner = a.learner"
                  + " and e.cohort.id = :cohort)")
          + (visibleCountries == null ? "" : " and a.learner.country.code in :visible");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
      if (country != null) {
        query.setParameter("country", country);
      }
      if (cohort != null) {
        query.setParameter("cohort", cohort);
      }
      if (visibleCountries != null) {
        query.setParameter(
            "visible", visibleCountries.isEmpty() ? List.of("--") : List.copyOf(visibleCountries));
      }
      return query;
    }
  }

  /**
   * Coordinators who are neither trainers nor admins see the learners of their own countries only;
   * asking for another country is refused.
   */
  public Filter filterFor(Person viewer, String country, Long cohort) {
    if (viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.TRAINER)) {
      return new Filter(country, cohort, null);
    }
    Optional<CoordinatorScope> scope = scopes.findScope(viewer);
    if (scope.map(CoordinatorScope::allCountries).orElse(false)) {
      return new Filter(country, cohort, null);
    }
    Set<String> visible = scope.map(CoordinatorScope::countries).orElse(Set.of());
    if (country != null && !visible.contains(country)) {
      throw DomainException.forbidden("error.assessment.countryOutOfScope", country);
    }
    return new Filter(country, cohort, visible);
  }

  public AttemptPage attempts(String moduleId, String country, int page, int size) {
    return attempts(moduleId, new Filter(country, null, null), page, size);
  }

  public AttemptPage attempts(String moduleId, Filter filter, int page, int size) {
    Paging paging = Paging.page(page, size, MAX_PAGE_SIZE);
    quizzes.getQuiz(moduleId);
    String where = " from Attempt a where a.moduleId = :module" + filter.where();
    TypedQuery<Long> count =
        filter.bind(
            em.createQuery("select count(a)" + where, Long.class).setParameter("module", moduleId));
    TypedQuery<Attempt> list =
        filter.bind(
            em.createQuery("select a" + where + " order by a.startedAt desc", Attempt.class)
                .setParameter("module", moduleId)
                .setFirstResult(paging.offset())
                .setMaxResults(size));
    List<AttemptRow> rows =
        list.getResultList().stream()
            .map(
                a ->
                    new AttemptRow(
                        a.id(),
                        a.learner().displayName(),
                        a.learner().email(),
                        a.learner().country() == null ? null : a.learner().country().code(),
                        a.number(),
                        QuizViews.status(a),
                        a.startedAt(),
                        a.submittedAt(),
                        a.open() ? null : a.scorePercent(),
                        a.open() ? null : a.passed()))
            .toList();
    return new AttemptPage(page, size, count.getSingleResult(), rows);
  }

  /** One answered item as the analysis needs it: no question text, no entity. */
  record Given(long attemptId, String questionKey, Answer answer, Double score) {}

  /**
   * Item analysis in two projection queries (attempt totals; every item's score and answer), so a
   * quiz with thousands of attempts loads neither attempt entities nor frozen question texts.
   */
  public Analysis analysis(String moduleId, String country) {
    return analysis(moduleId, new Filter(country, null, null));
  }

  public Analysis analysis(String moduleId, Filter filter) {
    quizzes.getQuiz(moduleId);
    String where = " where a.moduleId = :module and a.status <> :open" + filter.where();
    TypedQuery<Object[]> totals =
        em.createQuery("select a.id, a.scorePercent from Attempt a" + where, Object[].class);
    TypedQuery<Object[]> answers =
        em.createQuery(
            "select i.attempt.id, i.questionKey, i.answer, i.score from AttemptItem i"
                + " join i.attempt a"
                + where,
            Object[].class);
    for (TypedQuery<Object[]> query : List.of(totals, answers)) {
      filter.bind(query);
      query.setParameter("module", moduleId).setParameter("open", AttemptStatus.IN_PROGRESS);
    }
    Map<Long, Double> totalByAttempt = new LinkedHashMap<>();
    totals
        .getResultList()
        .forEach(r -> totalByAttempt.put((Long) r[0], r[1] == null ? 0 : (Double) r[1]));
    Map<Long, Map<String, Double>> itemScores = new HashMap<>();
    Map<String, List<Given>> byQuestion = new LinkedHashMap<>();
    List<QuizQuestion> pool = quizzes.pool(moduleId);
    pool.forEach(q -> byQuestion.put(q.key(), new ArrayList<>()));
    for (Object[] row : answers.getResultList()) {
      Given given =
          new Given(
              (Long) row[0],
              (String) row[1],
              QuestionCodec.answer((String) row[2]),
              (Double) row[3]);
      itemScores
          .computeIfAbsent(given.attemptId(), id -> new HashMap<>())
          .put(given.questionKey(), given.score() == null ? 0 : given.score());
      byQuestion.computeIfAbsent(given.questionKey(), k -> new ArrayList<>()).add(given);
    }
    List<ItemStatistics.Scored> scored =
        totalByAttempt.entrySet().stream()
            .map(
                e ->
                    new ItemStatistics.Scored(
                        e.getValue(), itemScores.getOrDefault(e.getKey(), Map.of())))
            .toList();
    Map<String, QuizQuestion> current = new HashMap<>();
    pool.forEach(q -> current.put(q.key(), q));
    List<ItemReport> items = new ArrayList<>();
    for (var entry : byQuestion.entrySet()) {
      QuizQuestion question = current.get(entry.getKey());
      if (question == null) {
        continue; // retired since: its wording is no longer the one people would look up
      }
      Question content = QuestionCodec.question(question.content("en"));
      ItemStatistics.Stats stats = ItemStatistics.of(entry.getKey(), scored);
      items.add(
          new ItemReport(
              entry.getKey(),
              content.type(),
              // Reports show words, not an author's markup.
              TextFormat.of(content.format()).toPlain(content.text()),
              stats.attempts(),
              stats.facility(),
              stats.discrimination(),
              responses(content, entry.getValue())));
    }
    Double mean =
        scored.isEmpty()
            ? null
            : Math.round(
                    scored.stream()
                            .mapToDouble(ItemStatistics.Scored::totalPercent)
                            .average()
                            .orElse(0)
                        * 10)
                / 10.0;
    return new Analysis(moduleId, filter.country(), totalByAttempt.size(), mean, items);
  }

  /** How the answers were spread: which options were chosen, what was typed. */
  private static List<Response> responses(Question question, List<Given> items) {
    List<Response> responses = new ArrayList<>();
    switch (question.questionType()) {
      case SINGLE, MULTIPLE -> {
        for (int i = 0; i < question.options().size(); i++) {
          int option = i;
          long count =
              items.stream()
                  .filter(
                      it -> it.answer().choices() != null && it.answer().choices().contains(option))
                  .count();
          responses.add(
              new Response(
                  TextFormat.of(question.format()).toPlain(question.options().get(i).text()),
                  question.options().get(i).correct(),
                  count));
        }
      }
      case TRUE_FALSE -> {
        responses.add(
            new Response(
                "true",
                Boolean.TRUE.equals(question.answer()),
                items.stream().filter(it -> Boolean.TRUE.equals(it.answer().value())).count()));
        responses.add(
            new Response(
                "false",
                Boolean.FALSE.equals(question.answer()),
                items.stream().filter(it -> Boolean.FALSE.equals(it.answer().value())).count()));
      }
      case MATCHING -> {
        responses.add(
            new Response(
                "all pairs right",
                true,
                items.stream().filter(it -> it.score() != null && it.score() >= 1).count()));
        responses.add(
            new Response(
                "some pairs right",
                false,
                items.stream()
                    .filter(it -> it.score() != null && it.score() > 0 && it.score() < 1)
                    .count()));
        responses.add(
            new Response(
                "no pair right",
                false,
                items.stream().filter(it -> it.score() == null || it.score() == 0).count()));
      }
      case SHORT_ANSWER -> {
        Map<String, Long> typed = new TreeMap<>();
        items.stream()
            .map(it -> Question.normalise(it.answer().text()))
            .forEach(text -> typed.merge(text.isEmpty() ? "(no answer)" : text, 1L, Long::sum));
        typed.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(10)
            .forEach(
                e ->
                    responses.add(
                        new Response(
                            e.getKey(),
                            question.score(new Answer(null, null, null, e.getKey())) >= 1,
                            e.getValue())));
      }
    }
    if (question.questionType() != QuestionType.SHORT_ANSWER
        && question.questionType() != QuestionType.MATCHING) {
      responses.add(
          new Response(
              "(no answer)", false, items.stream().filter(it -> it.answer().isEmpty()).count()));
    }
    return responses;
  }
}
