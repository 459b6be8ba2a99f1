package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Grading of every question type, with the edge cases learners produce. */
class QuestionTest {

  static final Question.Option RIGHT = new Question.Option("right", true, null);
  static final Question.Option WRONG = new Question.Option("wrong", false, null);

  static Question single() {
    return new Question(
        "q", "single", "?", null, null, List.of(WRONG, RIGHT, WRONG), null, List.of(), List.of());
  }

  static Question multiple(String scoring) {
    return new Question(
        "q",
        "multiple",
        "?",
        null,
        scoring,
        List.of(RIGHT, WRONG, RIGHT, WRONG),
        null,
        List.of(),
        List.of());
  }

  static Answer choices(Integer... chosen) {
    return new Answer(List.of(chosen), null, null, null);
  }

  @Test
  void singleChoice() {
    assertEquals(1.0, single().score(choices(1)));
    assertEquals(0.0, single().score(choices(0)));
    assertEquals(0.0, single().score(choices(0, 1)), "two ticks on a single-choice question");
    assertEquals(0.0, single().score(choices(7)), "an option that does not exist");
    assertEquals(0.0, single().score(Answer.NONE));
    assertEquals(0.0, single().score(null));
  }

  @Test
  void multipleChoiceWithPartialCredit() {
    Question question = multiple("partial");
    assertEquals(1.0, question.score(choices(0, 2)));
    assertEquals(0.5, question.score(choices(0)));
    assertEquals(0.0, question.score(choices(0, 1, 2, 3)), "ticking everything earns nothing");
    assertEquals(0.5, question.score(choices(0, 2, 1)), "one wrong tick of two costs half");
    assertEquals(0.0, question.score(choices(1, 3)));
    assertEquals(0.0, question.score(choices()), "no tick");
  }

  @Test
  void multipleChoiceAllOrNothing() {
    Question question = multiple("all-or-nothing");
    assertEquals(1.0, question.score(choices(2, 0)));
    assertEquals(0.0, question.score(choices(0)));
    assertEquals(0.0, question.score(choices(0, 1, 2)));
  }

  @Test
  void trueFalse() {
    Question question =
        new Question("q", "true-false", "?", null, null, List.of(), false, List.of(), List.of());
    assertEquals(1.0, question.score(new Answer(null, false, null, null)));
    assertEquals(0.0, question.score(new Answer(null, true, null, null)));
    assertEquals(0.0, question.score(Answer.NONE));
  }

  @Test
  void matchingGivesCreditPerPair() {
    Question question =
        new Question(
            "q",
            "matching",
            "?",
            null,
            null,
            List.of(),
            null,
            List.of(
                new Question.Pair("Fernando", "Health"),
                new Question.Pair("Moises", "Employment"),
                new Question.Pair("Garry", "Rural")),
            List.of());
    assertEquals(1.0, question.score(new Answer(null, null, Map.of("0", 0, "1", 1, "2", 2), null)));
    assertEquals(
        1.0 / 3,
        question.score(new Answer(null, null, Map.of("0", 0, "1", 2, "2", 1), null)),
        1e-9);
    assertEquals(
        1.0 / 3,
        question.score(new Answer(null, null, Map.of("0", 0), null)),
        1e-9,
        "unanswered pairs earn nothing");
    assertEquals(0.0, question.score(new Answer(null, null, Map.of("0", 1, "1", 0), null)));
  }

  @Test
  void shortAnswerIgnoresCaseSpacesAccentsAndDashes() {
    Question question =
        new Question(
            "q",
            "short-answer",
            "?",
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of("UN-Habitat", "Organización Mundial de la Salud"));
    assertEquals(1.0, question.score(new Answer(null, null, null, "un habitat")));
    assertEquals(1.0, question.score(new Answer(null, null, null, "  UN  Habitat. ")));
    assertEquals(
        1.0, question.score(new Answer(null, null, null, "organizacion mundial de la salud")));
    assertEquals(0.0, question.score(new Answer(null, null, null, "UNHCR")));
    assertEquals(0.0, question.score(new Answer(null, null, null, "   ")));
  }

  static Question.Option weighted(String text, boolean correct, double weight) {
    return new Question.Option(text, correct, null, weight);
  }

  static Question choice(String type, Question.Option... options) {
    return new Question(
        "q", type, "?", null, "partial", List.of(options), null, List.of(), List.of());
  }

  @Test
  void aWeightedSingleChoiceEarnsTheChosenOptionsWeightAndMayDeduct() {
    Question question =
        choice(
            "single",
            weighted("full", true, 100),
            weighted("half", false, 50),
            weighted("nothing", false, 0),
            weighted("guess", false, -50));
    assertEquals(1.0, question.score(choices(0)));
    assertEquals(0.5, question.score(choices(1)));
    assertEquals(0.0, question.score(choices(2)));
    assertEquals(-0.5, question.score(choices(3)), "a wrong guess deducts, as in Moodle");
  }

  @Test
  void aWeightedMultipleChoiceAddsTheTickedWeightsBetweenNothingAndFullMarks() {
    Question question =
        choice(
            "multiple",
            weighted("No one", false, -100),
            weighted("Grant", true, 50),
            weighted("Grant's wife", true, 50),
            weighted("Grant's father", false, -100));
    assertEquals(1.0, question.score(choices(1, 2)));
    assertEquals(0.5, question.score(choices(2)));
    assertEquals(0.0, question.score(choices(0, 1, 2, 3)), "ticking everything earns nothing");
    assertEquals(0.0, question.score(choices(1, 3)), "never below zero");
  }

  @Test
  void aMatchingDistractorIsAWrongChoiceAndAnEqualRightHandSideIsTheSameChoice() {
    Question question =
        new Question(
            "q",
            "matching",
            "?",
            null,
            null,
            List.of(),
            null,
            List.of(
                new Question.Pair("cat", "cat food"),
                new Question.Pair("dog", "dog food"),
                new Question.Pair("kitten", "cat food")),
            List.of(),
            null,
            null,
            null,
            List.of("bird seed"),
            null);
    assertEquals(List.of("cat food", "dog food", "cat food", "bird seed"), question.rights());
    assertEquals(4, question.shuffledItems());
    assertEquals(1.0, question.score(new Answer(null, null, Map.of("0", 2, "1", 1, "2", 0), null)));
    assertEquals(
        2.0 / 3,
        question.score(new Answer(null, null, Map.of("0", 0, "1", 3, "2", 2), null)),
        1e-9,
        "the distractor matches nothing");
  }

  @Test
  void gradedShortAnswersAreTriedInOrderWithWildcardsAndTheirFeedback() {
    Question question =
        new Question(
            "q",
            "short-answer",
            "?",
            null,
            null,
            List.of(),
            null,
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            List.of(
                new Question.Graded("Nazareth", 100, "Yes!"),
                new Question.Graded("Nazereth", 75, "Right, but misspelled."),
                new Question.Graded("Beth*", 25, "Born there."),
                new Question.Graded("*", 0, "No.")));
    assertEquals(1.0, question.score(new Answer(null, null, null, "nazareth")));
    assertEquals(0.75, question.score(new Answer(null, null, null, "Nazereth")));
    assertEquals(0.25, question.score(new Answer(null, null, null, "Bethlehem")));
    assertEquals(0.0, question.score(new Answer(null, null, null, "Rome")));
    assertEquals(
        "Right, but misspelled.", question.feedbackFor(new Answer(null, null, null, "Nazereth")));
    assertEquals("No.", question.feedbackFor(new Answer(null, null, null, "Rome")));
  }

  @Test
  void trueFalseFeedbackFollowsTheAnswerGiven() {
    Question question =
        new Question(
            "q",
            "true-false",
            "?",
            null,
            null,
            List.of(),
            false,
            List.of(),
            List.of(),
            null,
            "Wrong: nobody is.",
            "Right.",
            null,
            null);
    assertEquals("Wrong: nobody is.", question.feedbackFor(new Answer(null, true, null, null)));
    assertEquals("Right.", question.feedbackFor(new Answer(null, false, null, null)));
  }

  @Test
  void aQuestionStoredBeforeTheAdditionsReadsBackAndGradesAsBefore() {
    String stored =
        "{\"key\":\"q\",\"type\":\"matching\",\"text\":\"?\",\"options\":[],"
            + "\"pairs\":[{\"left\":\"a\",\"right\":\"b\"},{\"left\":\"c\",\"right\":\"d\"}],"
            + "\"accept\":[]}";
    Question question = QuestionCodec.question(stored);
    assertEquals("plain", question.format());
    assertEquals(List.of("b", "d"), question.rights());
    assertEquals(1.0, question.score(new Answer(null, null, Map.of("0", 0, "1", 1), null)));

    Question weighted = choice("single", weighted("a", true, 100), weighted("b", false, -50));
    assertEquals(weighted, QuestionCodec.question(QuestionCodec.write(weighted)));
  }
}
