package org.mmicd.academy.assessment;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/** Questions and answers as the JSON stored with quizzes and attempts. */
final class QuestionCodec {

  private static final Jsonb JSON = JsonbBuilder.create();

  private QuestionCodec() {}

  static String write(Object value) {
    return JSON.toJson(value);
  }

  static Question question(String json) {
    return JSON.fromJson(json, Question.class);
  }

  static Answer answer(String json) {
    return json == null ? Answer.NONE : JSON.fromJson(json, Answer.class);
  }

  static String order(List<Integer> order) {
    return String.join(",", order.stream().map(String::valueOf).toList());
  }

  static List<Integer> order(String csv) {
    return csv == null || csv.isBlank()
        ? List.of()
        : java.util.Arrays.stream(csv.split(",")).map(Integer::valueOf).toList();
  }
}
