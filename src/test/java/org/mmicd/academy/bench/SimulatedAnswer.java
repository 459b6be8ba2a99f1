package org.mmicd.academy.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mmicd.academy.assessment.Answer;
import org.mmicd.academy.assessment.Question;

/**
 * How a learner of some ability answers a question: right with that probability, else a plausible
 * wrong answer. In the terms of the quiz file (option and pair positions), as attempts store them.
 */
final class SimulatedAnswer {

  private SimulatedAnswer() {}

  static Answer of(Question question, double ability, Random random) {
    boolean right = random.nextDouble() < ability;
    return switch (question.questionType()) {
      case SINGLE -> new Answer(List.of(single(question, right, random)), null, null, null);
      case MULTIPLE -> new Answer(multiple(question, right, random), null, null, null);
      case TRUE_FALSE -> new Answer(null, right == question.answer(), null, null);
      case MATCHING -> new Answer(null, null, matches(question, right, random), null);
      case SHORT_ANSWER ->
          new Answer(
              null,
              null,
              null,
              right ? question.gradedAnswers().get(0).text().replace("*", "") : "not sure");
    };
  }

  private static int single(Question question, boolean right, Random random) {
    List<Integer> wanted = new ArrayList<>();
    for (int i = 0; i < question.options().size(); i++) {
      if (question.options().get(i).correct() == right) {
        wanted.add(i);
      }
    }
    List<Integer> from = wanted.isEmpty() ? allOptions(question) : wanted;
    return from.get(random.nextInt(from.size()));
  }

  private static List<Integer> multiple(Question question, boolean right, Random random) {
    List<Integer> ticked = new ArrayList<>();
    for (int i = 0; i < question.options().size(); i++) {
      boolean correct = question.options().get(i).correct();
      if (right ? correct : random.nextBoolean()) {
        ticked.add(i);
      }
    }
    return ticked.isEmpty() ? List.of(random.nextInt(question.options().size())) : ticked;
  }

  private static Map<String, Integer> matches(Question question, boolean right, Random random) {
    List<String> rights = question.rights();
    Map<String, Integer> matches = new HashMap<>();
    for (int left = 0; left < question.pairs().size(); left++) {
      int chosen =
          right
              ? rights.indexOf(question.pairs().get(left).right())
              : random.nextInt(rights.size());
      matches.put(Integer.toString(left), chosen);
    }
    return matches;
  }

  private static List<Integer> allOptions(Question question) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < question.options().size(); i++) {
      all.add(i);
    }
    return all;
  }
}
