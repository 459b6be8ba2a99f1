package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;

/**
 * The examples of Moodle's GIFT documentation (test resources {@code gift/*.gift}), converted,
 * loaded as a quiz file and graded by the quiz's own code: each answer must earn what Moodle gives
 * it.
 */
class GiftConverterTest {

  final GiftConverter converter = new GiftConverter();
  @TempDir Path root;

  @Test
  void multipleChoiceOneRightAnswerAndTheMissingWordBlank() throws IOException {
    List<Question> bank = load("multiple-choice.gift");

    Question tomb = bank.get(0);
    assertEquals("single", tomb.type());
    assertEquals("Who's buried in Grant's tomb?", tomb.text());
    assertEquals(1.0, tomb.score(choose(tomb, "no one")));
    assertEquals(0.0, tomb.score(choose(tomb, "Grant")));
    assertEquals("Grant is _____ in Grant's tomb.", bank.get(1).text());
    assertEquals(1.0, bank.get(1).score(choose(bank.get(1), "entombed")));
    assertEquals(
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.",
        bank.get(2).text());
    assertEquals(
        List.of("second", "third", "fourth"),
        bank.get(2).options().stream().map(Question.Option::text).toList());
    assertEquals(1.0, bank.get(3).score(choose(bank.get(3), "China")));
  }

  @Test
  void shortAnswerAcceptsEachListedAnswer() throws IOException {
    List<Question> bank = load("short-answer.gift");

    assertEquals("short-answer", bank.get(0).type());
    assertEquals(1.0, bank.get(0).score(typed("Ulysses S. Grant")));
    assertEquals(1.0, bank.get(0).score(typed("grant")));
    assertEquals(0.0, bank.get(0).score(typed("Lincoln")));
    assertEquals("Two plus two equals _____.", bank.get(1).text());
    assertEquals(1.0, bank.get(1).score(typed("4")));
    assertEquals(1.0, bank.get(1).score(typed("four")));
  }

  @Test
  void trueFalseWithTheFeedbackForAWrongAndForARightAnswer() throws IOException {
    List<Question> bank = load("true-false.gift");

    assertEquals(1.0, bank.get(0).score(truth(false)));
    assertEquals(0.0, bank.get(0).score(truth(true)));
    assertEquals(1.0, bank.get(1).score(truth(true)));
    Question one = bank.get(2);
    assertEquals("No one is buried in Grant's tomb.", one.feedbackFor(truth(true)));
    assertNull(one.feedbackFor(truth(false)), "nothing written for the right answer");
    Question two = bank.get(3);
    assertEquals("No, it rises in the east.", two.feedbackFor(truth(true)));
    assertEquals(
        "Right: it rises in the east.",
        two.feedbackFor(truth(false)),
        "a learner who answered rightly is told so, not told they were wrong");
    assertNull(two.feedback(), "the two feedbacks are not merged into one");
  }

  @Test
  void matchingPairsGeneralFeedbackAndExtraAnswers() throws IOException {
    List<Question> bank = load("matching.gift");

    Question capitals = bank.get(0);
    assertEquals("matching", capitals.type());
    assertEquals(4, capitals.pairs().size());
    assertEquals("It's good to know the capitals", capitals.feedback());
    Map<String, String> all =
        Map.of("Canada", "Ottawa", "Italy", "Rome", "Japan", "Tokyo", "India", "New Delhi");
    assertEquals(1.0, capitals.score(match(capitals, all)));
    assertEquals(0.5, capitals.score(match(capitals, Map.of("Canada", "Ottawa", "Italy", "Rome"))));

    Question food = bank.get(1);
    assertEquals(2, food.pairs().size());
    assertEquals(List.of("bird seed"), food.distractors());
    assertEquals(3, food.shuffledItems(), "the extra answer is offered");
    assertEquals(0.5, food.score(match(food, Map.of("cat", "cat food", "dog", "bird seed"))));
  }

  @Test
  void feedbackPerAnswerAndGeneralFeedback() throws IOException {
    List<Question> bank = load("feedback.gift");

    assertEquals("Very good!", option(bank.get(0), "right answer").feedback());
    assertEquals(
        "feedback comment on the wrong answer", option(bank.get(0), "wrong answer").feedback());
    Question nobody = bank.get(1);
    assertEquals("short-answer", nobody.type());
    assertEquals(1.0, nobody.score(typed("nobody")));
    assertEquals("excellent answer too!", nobody.feedbackFor(typed("nobody")));
    Question spectrum = bank.get(2);
    assertTrue(spectrum.key().startsWith("gift-3-q2"), spectrum.key());
    assertEquals("What's between orange and green in the spectrum?", spectrum.text());
    assertEquals("right; good!", option(spectrum, "yellow").feedback());
    assertEquals("Yellow sits between orange and green.", spectrum.feedback());
  }

  @Test
  void weightsGivePartialCreditAndDeductAsInMoodle() throws IOException {
    List<Question> bank = load("weights.gift");

    Question difficult = bank.get(0);
    assertEquals("single", difficult.type(), "one = makes a single-answer question");
    assertEquals(1.0, difficult.score(choose(difficult, "full credit answer")));
    assertEquals(0.5, difficult.score(choose(difficult, "half credit answer")));
    assertEquals(0.0, difficult.score(choose(difficult, "wrong answer")));

    Question hometown = bank.get(1);
    assertEquals(0.25, hometown.score(choose(hometown, "Bethlehem")));
    assertEquals(1.0, hometown.score(choose(hometown, "Nazareth")));
    assertEquals("Jesus Christ was from _____.", hometown.text());

    Question spelled = bank.get(2);
    assertEquals("short-answer", spelled.type());
    assertEquals(1.0, spelled.score(typed("Nazareth")));
    assertEquals(0.75, spelled.score(typed("Nazereth")), "=%75% is a weight, not accepted text");
    assertEquals("Right, but misspelled.", spelled.feedbackFor(typed("Nazereth")));
    assertEquals(0.0, spelled.score(typed("%75%Nazereth")));

    Question entombed = bank.get(3);
    assertEquals("multiple", entombed.type(), "no = makes a multiple-answer question");
    assertEquals(1.0, entombed.score(tick(entombed, "Grant", "Grant's wife")));
    assertEquals(0.5, entombed.score(tick(entombed, "Grant")));
    assertEquals(0.0, entombed.score(tick(entombed, "Grant", "No one")), "-100 % deducts");
    assertEquals(
        0.0, entombed.score(tick(entombed, "No one", "Grant", "Grant's wife", "Grant's father")));

    Question catchAll = bank.get(4);
    assertEquals(1.0, catchAll.score(typed("No one")));
    assertEquals(0.0, catchAll.score(typed("Grant")), "the catch-all is not an accepted answer");
    assertEquals("Anything else is wrong: no one is.", catchAll.feedbackFor(typed("Grant")));
  }

  @Test
  void namesCommentsCategoriesEscapesAndFormats() throws IOException {
    List<Question> bank = load("options.gift");

    assertTrue(bank.get(0).key().endsWith("-kanji-origins"), bank.get(0).key());
    assertEquals(
        List.of("= 2 + 2", "= 2 + 3", "= 2 + 4"),
        bank.get(1).options().stream().map(Question.Option::text).toList());
    assertEquals(1.0, bank.get(1).score(choose(bank.get(1), "= 2 + 3")));
    Question control = bank.get(2);
    assertEquals(
        List.of("~", "=", "#", "{", "}", "\\"),
        control.options().stream().map(Question.Option::text).toList());
    assertEquals(1.0, control.score(choose(control, "\\")));
    assertTrue(option(control, "\\").feedback().startsWith("Correct! \\ (backslash)"));
    assertEquals("Ratio: the time: here is 10:30,", bank.get(3).text());

    Question markdown = bank.get(4);
    assertEquals("markdown", markdown.format());
    assertEquals("Who's *buried* in **Grant's** tomb?", markdown.text());
    Question html = bank.get(5);
    assertEquals("html", html.format());
    assertEquals("<b>Right</b>, two times two.", option(html, "4").feedback());
    assertEquals("html", bank.get(6).format(), "Moodle's default format holds HTML");
    assertEquals("water", bank.get(6).options().get(0).text());
    assertEquals("plain", bank.get(7).format());
    assertEquals("Is 2 < 3 & 3 > 2?", bank.get(7).text());
    Question mixed = bank.get(8);
    assertEquals("html", mixed.format(), "texts of several formats meet in HTML");
    assertEquals(
        List.of("<i>this</i>", "not &lt;this&gt;"),
        mixed.options().stream().map(Question.Option::text).toList());
    assertEquals(
        "Pick the <em>formatted</em> one",
        TextFormat.HTML.toInlineHtml(mixed.text()),
        "the Markdown is rendered");
  }

  @Test
  void aByteOrderMarkAndEveryLineEndingReadTheSame() throws IOException {
    String bank = read("feedback.gift");
    String expected = converter.convert(bank, 70, 3).yaml();
    assertEquals(expected, converter.convert("\uFEFF" + bank, 70, 3).yaml(), "BOM");
    assertEquals(expected, converter.convert(bank.replace("\n", "\r\n"), 70, 3).yaml(), "CRLF");
    assertEquals(expected, converter.convert(bank.replace("\n", "\r"), 70, 3).yaml(), "CR only");
  }

  @Test
  void whatHasNoEquivalentIsRefusedWithItsLineAndAReasonInEachLanguage() throws IOException {
    GiftConverter.Conversion conversion = converter.convert(read("refused.gift"), 70, 3);

    assertNull(conversion.yaml(), "nothing half-converted");
    assertEquals(
        List.of(2, 4, 6, 8),
        conversion.rejections().stream().map(GiftConverter.Rejection::line).toList());
    assertEquals(
        List.of(
            "error.gift.numerical",
            "error.gift.essay",
            "error.gift.description",
            "error.gift.numerical"),
        conversion.rejections().stream().map(GiftConverter.Rejection::key).toList());
    GiftConverter.Rejection essay = conversion.rejections().get(1);
    for (String language : List.of("en", "es", "fr", "ne")) {
      String reason = essay.reason(Locale.forLanguageTag(language));
      assertFalse(reason.startsWith("error."), language + ": " + reason);
    }
    assertTrue(essay.reason(Locale.ENGLISH).contains("essay"));
    assertTrue(essay.reason(Locale.forLanguageTag("es")).contains("ensayo"));
  }

  @Test
  void malformedAnswersAreRefusedWithTheirReason() {
    String bank =
        """
        No right answer here {~a ~b}

        Too generous {~%80%a ~%80%b ~c}

        A broken weight {~%5O%a =b}

        Half right {=%50%a ~b}

        A lonely pair {=a -> b}

        Not a pair {=a -> b =c -> d =e}

        No answers at all {

        Good question {=yes ~no}
        """;
    GiftConverter.Conversion conversion = converter.convert(bank, 70, 3);

    assertEquals(
        List.of(
            "error.gift.no-right",
            "error.gift.weights-over",
            "error.gift.weight",
            "error.gift.right-weight",
            "error.gift.matching-few",
            "error.gift.pair",
            "error.gift.braces"),
        conversion.rejections().stream().map(GiftConverter.Rejection::key).toList());
    assertEquals(List.of("160"), conversion.rejections().get(1).arguments());
    assertEquals(
        "The weight '%5O%' is not a per cent from -100 to 100 written between two % signs, such"
            + " as %50%.",
        conversion.rejections().get(2).reason(Locale.ENGLISH));
  }

  @Test
  void anEmptyBankIsRefused() {
    GiftConverter.Conversion conversion = converter.convert("// only a comment\n", 70, 3);
    assertEquals("error.gift.empty", conversion.rejections().get(0).key());
  }

  /** The bank converted, loaded as a module's quiz file and stored as attempts store questions. */
  private List<Question> load(String resource) throws IOException {
    GiftConverter.Conversion conversion = converter.convert(read(resource), 70, 3);
    assertEquals(List.of(), conversion.rejections());
    Path module = root.resolve("modules/toolkit-health");
    Files.createDirectories(module.resolve("lessons"));
    Files.writeString(module.resolve("lessons/01.md"), "# One\n\nText.");
    Files.writeString(
        module.resolve("module.yaml"),
        "id: toolkit-health\ntitle: Health\npart: toolkit\nsector: health\nlessons:\n"
            + "  - {id: one, title: One, file: lessons/01.md, minutes: 5}\nquiz: quiz.yaml\n");
    Files.writeString(module.resolve("quiz.yaml"), conversion.yaml());
    Files.createDirectories(root.resolve("courses"));
    ContentSet content = new ContentReader(root).read();
    assertEquals(List.of(), content.problems(), conversion.yaml());
    return content.modules().get(0).quiz().questions().stream()
        .map(q -> QuestionCodec.question(QuestionCodec.write(Question.from(q))))
        .toList();
  }

  static String read(String resource) throws IOException {
    try (InputStream in = GiftConverterTest.class.getResourceAsStream("/gift/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Question.Option option(Question question, String text) {
    return question.options().stream().filter(o -> o.text().equals(text)).findFirst().orElseThrow();
  }

  static Answer choose(Question question, String text) {
    return tick(question, text);
  }

  static Answer tick(Question question, String... texts) {
    List<Integer> chosen =
        List.of(texts).stream().map(t -> question.options().indexOf(option(question, t))).toList();
    return new Answer(chosen, null, null, null);
  }

  static Answer typed(String text) {
    return new Answer(null, null, null, text);
  }

  static Answer truth(boolean value) {
    return new Answer(null, value, null, null);
  }

  static Answer match(Question question, Map<String, String> leftToRight) {
    Map<String, Integer> matches = new HashMap<>();
    for (int left = 0; left < question.pairs().size(); left++) {
      String right = leftToRight.get(question.pairs().get(left).left());
      if (right != null) {
        matches.put(Integer.toString(left), question.rights().indexOf(right));
      }
    }
    return new Answer(null, null, matches, null);
  }
}
