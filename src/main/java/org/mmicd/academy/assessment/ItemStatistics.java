package org.mmicd.academy.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Classical item analysis over closed attempts. Facility: the mean score on a question (how easy it
 * is). Discrimination: the mean score of the top 27 % of attempts on the question minus that of the
 * bottom 27 % (Kelley's groups); near zero or negative, the question does not separate those who
 * know from those who do not, and deserves a look.
 */
public final class ItemStatistics {

  /** Below this many attempts with the question, discrimination says nothing. */
  static final int MIN_ATTEMPTS_FOR_DISCRIMINATION = 5;

  /** One closed attempt: its overall score and its score on each question it drew (0 to 1). */
  public record Scored(double totalPercent, Map<String, Double> itemScores) {}

  public record Stats(String questionKey, int attempts, double facility, Double discrimination) {}

  private ItemStatistics() {}

  public static Stats of(String questionKey, List<Scored> attempts) {
    List<Scored> withQuestion =
        new ArrayList<>(
            attempts.stream().filter(a -> a.itemScores().containsKey(questionKey)).toList());
    int n = withQuestion.size();
    if (n == 0) {
      return new Stats(questionKey, 0, 0, null);
    }
    double facility = mean(withQuestion, questionKey).orElse(0) * 100;
    Double discrimination = null;
    if (n >= MIN_ATTEMPTS_FOR_DISCRIMINATION) {
      withQuestion.sort(Comparator.comparingDouble(Scored::totalPercent));
      int group = Math.max(1, (int) Math.round(n * 0.27));
      double lower = mean(withQuestion.subList(0, group), questionKey).orElse(0);
      double upper = mean(withQuestion.subList(n - group, n), questionKey).orElse(0);
      discrimination = Math.round((upper - lower) * 100) / 100.0;
    }
    return new Stats(questionKey, n, Math.round(facility * 10) / 10.0, discrimination);
  }

  private static OptionalDouble mean(List<Scored> attempts, String questionKey) {
    return attempts.stream().mapToDouble(a -> a.itemScores().get(questionKey)).average();
  }
}
