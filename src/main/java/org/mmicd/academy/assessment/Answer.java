package org.mmicd.academy.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a learner answered to one question. Options and matching answers are identified by their
 * position in the quiz file, never by their shuffled position on screen.
 *
 * @param choices chosen options (single and multiple choice)
 * @param value the chosen truth value (true/false)
 * @param matches for each left-hand item (by index), the right-hand item chosen (by index)
 * @param text the typed answer (short answer)
 */
public record Answer(
    List<Integer> choices, Boolean value, Map<String, Integer> matches, String text)
    implements Serializable {

  public static final Answer NONE = new Answer(null, null, null, null);

  @jakarta.json.bind.annotation.JsonbTransient
  public boolean isEmpty() {
    return (choices == null || choices.isEmpty())
        && value == null
        && (matches == null || matches.isEmpty())
        && (text == null || text.isBlank());
  }
}
