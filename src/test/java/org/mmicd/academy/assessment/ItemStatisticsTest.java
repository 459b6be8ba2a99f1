package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemStatisticsTest {

  @Test
  void aQuestionThatStrongLearnersGetRightDiscriminates() {
    List<ItemStatistics.Scored> attempts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double total = i * 10;
      // q1: right only for the top half; q2: everyone right; q3: right only for the weakest.
      attempts.add(
          new ItemStatistics.Scored(
              total, Map.of("q1", i >= 5 ? 1.0 : 0.0, "q2", 1.0, "q3", i < 3 ? 1.0 : 0.0)));
    }
    ItemStatistics.Stats good = ItemStatistics.of("q1", attempts);
    assertEquals(10, good.attempts());
    assertEquals(50.0, good.facility());
    assertEquals(1.0, good.discrimination());
    ItemStatistics.Stats easy = ItemStatistics.of("q2", attempts);
    assertEquals(100.0, easy.facility());
    assertEquals(0.0, easy.discrimination());
    assertEquals(
        -1.0,
        ItemStatistics.of("q3", attempts).discrimination(),
        "a question that misleads the strong");
  }

  @Test
  void fewAttemptsGiveNoDiscriminationAndUndrawnQuestionsNothing() {
    List<ItemStatistics.Scored> attempts =
        List.of(new ItemStatistics.Scored(50, Map.of("q1", 0.5)));
    assertNull(ItemStatistics.of("q1", attempts).discrimination());
    assertEquals(50.0, ItemStatistics.of("q1", attempts).facility());
    assertEquals(0, ItemStatistics.of("q9", attempts).attempts());
  }
}
