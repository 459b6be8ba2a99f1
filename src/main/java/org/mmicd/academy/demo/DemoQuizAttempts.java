package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.mmicd.academy.assessment.Answer;
import org.mmicd.academy.assessment.Attempt;
import org.mmicd.academy.assessment.AttemptItem;
import org.mmicd.academy.assessment.Question;
import org.mmicd.academy.assessment.QuizService;
import org.mmicd.academy.identity.Person;

/**
 * Quiz attempts for the demo learners, answered by simulated learners of varied ability, so that a
 * trainer's item analysis has something to show from the first start.
 */
@ApplicationScoped
class DemoQuizAttempts {

  static final List<String> QUIZZES =
      List.of("guidelines-why-migration", "toolkit-health", "toolkit-employment");

  @Inject QuizService quizzes;

  void attempt(Person learner, Random random) {
    double ability = 0.35 + random.nextDouble() * 0.6;
    // One quiz per learner keeps the first start short while giving item analysis enough answers.
    for (String moduleId : List.of(QUIZZES.get(random.nextInt(QUIZZES.size())))) {
      if (quizzes.findQuiz(moduleId).isEmpty()) {
        continue;
      }
      Attempt attempt = quizzes.start(learner, moduleId, learner.language());
      for (AttemptItem item : attempt.items()) {
        quizzes.save(learner, attempt.id(), item.position(), answer(item, ability, random));
      }
      quizzes.submit(learner, attempt.id(), UUID.randomUUID().toString());
    }
  }

  /**
   * The right answer with the learner's probability, else a plausible wrong one; in screen terms.
   */
  private static Answer answer(AttemptItem item, double ability, Random random) {
    Question question = item.question();
    List<Integer> order = item.order();
    boolean right = random.nextDouble() < ability;
    return switch (question.questionType()) {
      case SINGLE, MULTIPLE -> {
        List<Integer> chosen = new ArrayList<>();
        for (int shown = 0; shown < order.size(); shown++) {
          boolean correct = question.options().get(order.get(shown)).correct();
          if (right == correct || (!right && random.nextInt(3) == 0)) {
            chosen.add(shown);
          }
        }
        if (chosen.isEmpty()
            || (question.questionType().name().equals("SINGLE") && chosen.size() > 1)) {
          chosen = List.of(random.nextInt(order.size()));
        }
        yield new Answer(chosen, null, null, null);
      }
      case TRUE_FALSE -> new Answer(null, right == question.answer(), null, null);
      case MATCHING -> {
        Map<String, Integer> matches = new HashMap<>();
        for (int left = 0; left < question.pairs().size(); left++) {
          int shownOfRight = order.indexOf(left);
          matches.put(Integer.toString(left), right ? shownOfRight : random.nextInt(order.size()));
        }
        yield new Answer(null, null, matches, null);
      }
      case SHORT_ANSWER ->
          new Answer(null, null, null, right ? question.gradedAnswers().get(0).text() : "not sure");
    };
  }
}
