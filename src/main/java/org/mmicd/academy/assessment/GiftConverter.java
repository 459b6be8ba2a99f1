package org.mmicd.academy.assessment;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmicd.academy.assessment.GiftText.Format;
import org.mmicd.academy.assessment.GiftText.Text;
import org.mmicd.academy.platform.DomainException;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns a question bank in Moodle's GIFT format into a quiz file of ours, all or nothing, reading
 * it the way Moodle's own importer does (qformat_gift), so that the quiz grades as Moodle grades
 * the same bank. The steps: the file is cut into questions at blank lines (comments and categories
 * dropped); each question into its name, text, answer block and general feedback; the answer block
 * tells the type; one method per type reads the answers. True/false, single and multiple choice
 * (with weights), matching (with distractors) and short answer convert; numerical, essay and
 * description questions have no equivalent here and are refused, each with its line and a reason
 * given as a message key, so that trainers read it in their language.
 */
public class GiftConverter {

  /** A GIFT question that was refused: its line, and why as a message key with arguments. */
  public record Rejection(int line, String key, List<String> arguments) {

    public String reason(Locale locale) {
      return DomainException.format(locale, key, arguments.toArray());
    }
  }

  /** Either the quiz file's YAML, or the rejections; never both. */
  public record Conversion(String yaml, int questions, List<Rejection> rejections) {
    public boolean ok() {
      return rejections.isEmpty();
    }
  }

  /** Why a question cannot be converted. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final List<String> arguments;

    Refused(String what, String... arguments) {
      super(what, null, false, false);
      this.key = "error.gift." + what;
      this.arguments = List.of(arguments);
    }
  }

  /** One question as it stands in the file, with the line it starts on. */
  private record Block(int line, String text) {}

  /** A question cut as Moodle cuts it, before its answers are read. */
  private record Parts(int number, String name, Text question, String answers, Text general) {}

  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

  public Conversion convert(String gift, int passMark, int attempts) {
    List<Rejection> rejections = new ArrayList<>();
    List<Map<String, Object>> questions = new ArrayList<>();
    List<Block> blocks = blocks(lines(gift));
    for (Block block : blocks) {
      try {
        questions.add(question(block, questions.size() + rejections.size() + 1));
      } catch (Refused refused) {
        rejections.add(new Rejection(block.line(), refused.key, refused.arguments));
      }
    }
    if (blocks.isEmpty()) {
      rejections.add(new Rejection(1, "error.gift.empty", List.of()));
    }
    if (!rejections.isEmpty()) {
      return new Conversion(null, 0, rejections);
    }
    return new Conversion(yaml(questions, passMark, attempts), questions.size(), List.of());
  }

  /** The file's lines, whatever its line endings, without a byte-order mark. */
  private static String[] lines(String gift) {
    String text = gift == null ? "" : gift;
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /**
   * Questions end at a blank line; lines are trimmed, comments and {@code $CATEGORY:} lines
   * dropped, as Moodle does.
   */
  private static List<Block> blocks(String[] lines) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("//") || line.startsWith("$CATEGORY:")) {
        continue;
      }
      if (line.isEmpty()) {
        if (current.length() > 0) {
          blocks.add(new Block(start, current.toString().strip()));
          current.setLength(0);
        }
        continue;
      }
      if (current.length() == 0) {
        start = i + 1;
      }
      current.append(line).append('\n');
    }
    if (current.length() > 0) {
      blocks.add(new Block(start, current.toString().strip()));
    }
    return blocks;
  }

  private Map<String, Object> question(Block block, int number) {
    Parts parts = parts(block, number);
    String answers = parts.answers();
    if (answers.isEmpty()) {
      throw new Refused("essay");
    }
    if (answers.startsWith("#")) {
      throw new Refused("numerical");
    }
    Map<String, Object> question;
    if (answers.contains("~")) {
      question = choice(parts);
    } else if (answers.contains("=") && answers.contains("->")) {
      question = matching(parts);
    } else if (TRUE_FALSE.contains(answers.split("#", 2)[0].strip())) {
      question = trueFalse(parts);
    } else {
      question = shortAnswer(parts);
    }
    GiftText.settle(question);
    return question;
  }

  /** Name, question text (with a blank for a missing word), answer block and general feedback. */
  private static Parts parts(Block block, int number) {
    String text = GiftText.hideEscapes(block.text());
    String name = null;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      name = end < 0 ? null : GiftText.restore(text.substring(2, end)).strip();
      text = (end < 0 ? text.substring(2) : text.substring(end + 2)).strip();
    }
    int open = text.indexOf('{');
    int close = text.indexOf('}');
    if (open < 0 && close < 0) {
      throw new Refused("description");
    }
    if (open < 0 || close < open) {
      throw new Refused("braces");
    }
    String answers = text.substring(open + 1, close).strip();
    String questionText =
        text.endsWith("}")
            ? text.substring(0, open) + text.substring(close + 1)
            : text.substring(0, open) + "_____" + text.substring(close + 1);
    Text question = GiftText.read(questionText, Format.MOODLE);
    if (question.text().isEmpty()) {
      throw new Refused("no-text");
    }
    Text general = null;
    int separator = answers.lastIndexOf("####");
    if (separator >= 0) {
      general = GiftText.read(answers.substring(separator + 4), question.format());
      answers = answers.substring(0, separator).strip();
    }
    return new Parts(number, name, question, answers, general);
  }

  /** {@code {T}}, {@code {FALSE#shown if wrong#shown if right}}. */
  private static Map<String, Object> trueFalse(Parts parts) {
    String[] bits = parts.answers().split("#", 3);
    boolean answer = bits[0].strip().startsWith("T");
    Text wrong = bits.length > 1 ? GiftText.read(bits[1], parts.question().format()) : null;
    Text right = bits.length > 2 ? GiftText.read(bits[2], parts.question().format()) : null;
    Map<String, Object> question = start(parts, "true-false");
    question.put("answer", answer);
    putText(question, "trueFeedback", answer ? right : wrong);
    putText(question, "falseFeedback", answer ? wrong : right);
    return question;
  }

  /**
   * Single choice when an answer starts with {@code =}, else multiple answers, as in Moodle. Each
   * answer earns its weight: 100 for {@code =}, {@code %n%} after {@code ~}, else nothing.
   */
  private static Map<String, Object> choice(Parts parts) {
    boolean single = parts.answers().contains("=");
    List<String> answers = split(parts.answers().replace("=", "~="), '~');
    if (answers.size() < 2) {
      throw new Refused("choices-few");
    }
    List<Double> weights = answers.stream().map(GiftConverter::choiceWeight).toList();
    checkChoiceWeights(single, weights);
    // One right answer and wrong ones: the plain single choice every quiz file knows.
    boolean classic =
        single && weights.stream().filter(w -> w == 100).count() == 1 && allIn(weights, 0, 100);
    List<Map<String, Object>> options = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      double weight = weights.get(i);
      Map<String, Object> option =
          option(dropWeight(answers.get(i)), single ? weight >= 100 : weight > 0, parts);
      if (!classic) {
        option.put("weight", number(weight));
      }
      options.add(option);
    }
    options.forEach(GiftConverter::feedbackLast);
    Map<String, Object> question = start(parts, single ? "single" : "multiple");
    question.put("options", options);
    return question;
  }

  private static double choiceWeight(String answer) {
    if (!answer.startsWith("=")) {
      return weight(answer, -100, 100).orElse(0.0);
    }
    double weight = weight(answer.substring(1), -100, 100).orElse(100.0);
    if (weight != 100) {
      throw new Refused("right-weight", answer.substring(0, answer.indexOf('%', 2) + 1));
    }
    return 100;
  }

  private static void checkChoiceWeights(boolean single, List<Double> weights) {
    double positive = weights.stream().filter(w -> w > 0).mapToDouble(Double::doubleValue).sum();
    if (positive <= 0) {
      throw new Refused("no-right");
    }
    if (!single && positive > 100.001) {
      throw new Refused("weights-over", number(positive).toString());
    }
  }

  private static Map<String, Object> option(String answer, boolean correct, Parts parts) {
    int hash = answer.indexOf('#');
    Format format = parts.question().format();
    Text text = GiftText.read(hash < 0 ? answer : answer.substring(0, hash), format);
    if (text.text().isEmpty()) {
      throw new Refused("answer-empty");
    }
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("text", text);
    if (hash >= 0) {
      putText(option, "feedback", GiftText.read(answer.substring(hash + 1), format));
    }
    if (correct) {
      option.put("correct", true);
    }
    return option;
  }

  /** Feedback reads best after what it comments on. */
  private static void feedbackLast(Map<String, Object> option) {
    Object feedback = option.remove("feedback");
    if (feedback != null) {
      option.put("feedback", feedback);
    }
  }

  /**
   * {@code =left -> right} pairs; a pair with nothing on the left ({@code = -> extra}) is a
   * distractor, an extra right-hand side that matches nothing.
   */
  private static Map<String, Object> matching(Parts parts) {
    List<Map<String, Object>> pairs = new ArrayList<>();
    List<Object> distractors = new ArrayList<>();
    for (String answer : split(parts.answers(), '=')) {
      int arrow = answer.indexOf("->");
      if (arrow < 0) {
        throw new Refused("pair", GiftText.restore(answer));
      }
      Text left = GiftText.read(answer.substring(0, arrow), parts.question().format());
      Text right = new Text(GiftText.restore(answer.substring(arrow + 2)).strip(), Format.PLAIN);
      if (right.text().isEmpty()) {
        throw new Refused("pair-right", GiftText.restore(answer));
      }
      if (left.text().isEmpty()) {
        distractors.add(right);
      } else {
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("left", left);
        pair.put("right", right);
        pairs.add(pair);
      }
    }
    if (pairs.size() < 2) {
      throw new Refused("matching-few");
    }
    Map<String, Object> question = start(parts, "matching");
    question.put("pairs", pairs);
    if (!distractors.isEmpty()) {
      question.put("distractors", distractors);
    }
    return question;
  }

  /**
   * Accepted answers after {@code =}, each with a weight ({@code =%50%}) and feedback; the first
   * one a learner's answer matches counts, and {@code *} stands for any text.
   */
  private static Map<String, Object> shortAnswer(Parts parts) {
    List<Map<String, Object>> answers = new ArrayList<>();
    boolean plain = true;
    for (String answer : split(parts.answers(), '=')) {
      double weight = weight(answer, 0, 100).orElse(100.0);
      String rest = dropWeight(answer);
      int hash = rest.indexOf('#');
      String accepted =
          GiftText.read(hash < 0 ? rest : rest.substring(0, hash), Format.PLAIN).text();
      if (accepted.isEmpty()) {
        throw new Refused("answer-empty");
      }
      Map<String, Object> graded = new LinkedHashMap<>();
      graded.put("text", accepted);
      graded.put("weight", number(weight));
      if (hash >= 0) {
        putText(
            graded, "feedback", GiftText.read(rest.substring(hash + 1), parts.question().format()));
      }
      plain &= weight == 100 && graded.size() == 2 && !accepted.contains("*");
      answers.add(graded);
    }
    if (answers.stream().noneMatch(a -> ((Number) a.get("weight")).doubleValue() > 0)) {
      throw new Refused("no-right");
    }
    Map<String, Object> question = start(parts, "short-answer");
    if (plain) {
      question.put("accept", answers.stream().map(a -> a.get("text")).toList());
    } else {
      answers.forEach(a -> a.remove("weight", 100));
      question.put("answers", answers);
    }
    return question;
  }

  /** The answers of a block, cut at a marker ({@code ~} or {@code =}), empty lead dropped. */
  private static List<String> split(String answers, char marker) {
    List<String> parts = new ArrayList<>(List.of(answers.split(Pattern.quote("" + marker), -1)));
    if (!parts.isEmpty() && parts.get(0).isBlank()) {
      parts.remove(0);
    }
    return parts.stream().map(String::strip).toList();
  }

  /** A leading {@code %n%}, when there is one; a malformed or out-of-range one is refused. */
  private static Optional<Double> weight(String answer, double min, double max) {
    if (!answer.startsWith("%")) {
      return Optional.empty();
    }
    Matcher weight = WEIGHT.matcher(answer);
    String written = answer.substring(0, Math.max(answer.indexOf('%', 1) + 1, 1));
    if (!weight.find()) {
      throw new Refused("weight", GiftText.restore(written), number(min).toString());
    }
    double value = Double.parseDouble(weight.group(1));
    if (value < min || value > max) {
      throw new Refused("weight", GiftText.restore(written), number(min).toString());
    }
    return Optional.of(value);
  }

  private static String dropWeight(String answer) {
    String rest = answer.startsWith("=") ? answer.substring(1) : answer;
    Matcher weight = WEIGHT.matcher(rest);
    return weight.find() ? rest.substring(weight.end()) : rest;
  }

  private static boolean allIn(List<Double> weights, double a, double b) {
    return weights.stream().allMatch(w -> w == a || w == b);
  }

  private static Map<String, Object> start(Parts parts, String type) {
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("id", id(parts.name(), parts.number()));
    question.put("type", type);
    question.put("text", parts.question());
    putText(question, "feedback", parts.general());
    return question;
  }

  private static void putText(Map<String, Object> map, String key, Text text) {
    if (text != null && !text.text().isEmpty()) {
      map.put(key, text);
    }
  }

  /** 100 rather than 100.0, 33.33333 as written. */
  private static Number number(double value) {
    BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
    if (exact.scale() <= 0) {
      return exact.intValueExact();
    }
    return value;
  }

  private static String yaml(List<Map<String, Object>> questions, int passMark, int attempts) {
    Map<String, Object> quiz = new LinkedHashMap<>();
    quiz.put("title", "Check your understanding");
    quiz.put("passMark", passMark);
    quiz.put("attempts", attempts);
    quiz.put("review", "after-passing-or-last-attempt");
    quiz.put("questions", questions);
    DumpSettings settings =
        DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            // The core schema quotes answers that YAML would read as null or true: "~", "yes".
            .setSchema(new CoreSchema())
            .build();
    return new Dump(settings).dumpToString(quiz);
  }

  private static String id(String name, int number) {
    if (name != null) {
      String slug =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("(^-|-$)", "");
      if (!slug.isEmpty()) {
        return "gift-"
            + number
            + "-"
            + (slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug);
      }
    }
    return "gift-" + number;
  }
}
