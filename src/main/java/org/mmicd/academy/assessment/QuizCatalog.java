package org.mmicd.academy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.mmicd.academy.catalog.ModuleLoaded;
import org.mmicd.academy.catalog.content.ModuleDefinition;
import org.mmicd.academy.catalog.content.ModuleTranslation;
import org.mmicd.academy.catalog.content.QuizDefinition;

/**
 * Keeps each module's quiz in step with its quiz file: an upsert by question id, in the content
 * load's transaction. Questions that left the file are retired, so past attempts keep their
 * meaning.
 */
@ApplicationScoped
public class QuizCatalog {

  @PersistenceContext EntityManager em;

  void onModuleLoaded(@Observes ModuleLoaded loaded) {
    ModuleDefinition module = loaded.definition();
    Quiz quiz = em.find(Quiz.class, module.id());
    QuizDefinition definition = module.quiz();
    if (definition == null) {
      if (quiz != null) {
        quiz.retire();
      }
      return;
    }
    if (quiz == null) {
      quiz = new Quiz(module.id());
      em.persist(quiz);
    }
    quiz.describe(
        definition.title(),
        definition.passMark(),
        definition.attempts(),
        definition.timeLimitSeconds(),
        definition.draw(),
        definition.shuffleOptions(),
        ReviewPolicy.fromKey(definition.review()),
        loaded.loadedAt());
    Map<String, String> titles = new HashMap<>();
    for (ModuleTranslation translation : module.translations().values()) {
      if (translation.quiz() != null
          && translation.quiz().title() != null
          && !translation.quiz().title().isBlank()) {
        titles.put(translation.language(), translation.quiz().title().strip());
      }
    }
    quiz.translateTitle(titles);

    Map<String, QuizQuestion> existing = new HashMap<>();
    em.createQuery("select q from QuizQuestion q where q.moduleId = :module", QuizQuestion.class)
        .setParameter("module", module.id())
        .getResultList()
        .forEach(q -> existing.put(q.key(), q));
    int position = 0;
    for (QuizDefinition.Question question : definition.questions()) {
      QuizQuestion stored = existing.remove(question.id());
      if (stored == null) {
        stored = new QuizQuestion(module.id(), question.id());
        em.persist(stored);
      }
      Map<String, String> content = new HashMap<>();
      content.put("en", QuestionCodec.write(Question.from(question)));
      for (ModuleTranslation translation : module.translations().values()) {
        if (translation.quiz() != null) {
          translation.quiz().questions().stream()
              .filter(q -> q.id().equals(question.id()))
              .findFirst()
              .ifPresent(
                  q -> content.put(translation.language(), QuestionCodec.write(Question.from(q))));
        }
      }
      stored.describe(position++, question.type(), content);
    }
    existing.values().forEach(QuizQuestion::retire);
  }
}
