package org.mmicd.academy.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Turns a question bank in Moodle's GIFT format into a quiz file of ours, all or nothing: every
 * question that cannot be converted is reported with its line number and why, and then no file is
 * produced. Supported: true/false, single and multiple choice (with % weights), matching and short
 * answer, with per-answer and general feedback. Numerical, essay and description questions are
 * refused, since our quizzes have no such type.
 */
public class GiftConverter {

  /** A GIFT question that was refused. */
  public record Rejection(int line, String reason) {}

  /** Either the quiz file's YAML, or the rejections; never both. */
  public record Conversion(String yaml, int questions, List<Rejection> rejections) {
    public boolean ok() {
      return rejections.isEmpty();
    }
  }

  public Conversion convert(String gift, int passMark, int attempts) {
    List<Rejection> rejections = new ArrayList<>();
    List<Map<String, Object>> questions = new ArrayList<>();
    List<Block> blocks = blocks(gift == null ? "" : gift);
    int number = 0;
    for (Block block : blocks) {
      number++;
      try {
        questions.add(question(block, number));
      } catch (IllegalArgumentException refused) {
        rejections.add(new Rejection(block.line, refused.getMessage()));
      }
    }
    if (blocks.isEmpty()) {
      rejections.add(
          new Rejection(1, "no question found: a GIFT question ends with an answer block in { }"));
    }
    if (!rejections.isEmpty()) {
      return new Conversion(null, 0, rejections);
    }
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
            .build();
    return new Conversion(new Dump(settings).dumpToString(quiz), questions.size(), List.of());
  }

  /** One question's text as it stands in the file, with the line it starts on. */
  private record Block(int line, String text) {}

  private static List<Block> blocks(String gift) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int start = 0;
    String[] lines = gift.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.startsWith("//") || trimmed.startsWith("$CATEGORY:")) {
        continue;
      }
      if (trimmed.isEmpty()) {
        if (current.length() > 0 && balanced(current)) {
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

  private static boolean balanced(CharSequence text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    return depth <= 0;
  }

  private Map<String, Object> question(Block block, int number) {
    String text = block.text;
    String title = null;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end < 0) {
        throw new IllegalArgumentException("the title opened with :: is not closed with ::");
      }
      title = text.substring(2, end).strip();
      text = text.substring(end + 2).strip();
    }
    int open = unescapedIndex(text, '{', 0);
    if (open < 0) {
      throw new IllegalArgumentException(
          "no answer block: add the answers in { } after the question");
    }
    int close = unescapedIndex(text, '}', open);
    if (close < 0) {
      throw new IllegalArgumentException("the answer block opened with { is not closed with }");
    }
    String before = text.substring(0, open).strip();
    String after = text.substring(close + 1).strip();
    String questionText = before.replaceFirst("^\\[(markdown|html|plain|moodle)\\]", "").strip();
    if (!after.isEmpty()) {
      questionText = questionText + " _____ " + after;
    }
    questionText = unescape(questionText);
    if (questionText.isBlank()) {
      throw new IllegalArgumentException("the question has no text");
    }
    String answers = text.substring(open + 1, close).strip();
    Map<String, Object> question = new LinkedHashMap<>();
    question.put("id", id(title, number));
    String general = null;
    int generalAt = answers.indexOf("####");
    if (generalAt >= 0) {
      general = unescape(answers.substring(generalAt + 4).strip());
      answers = answers.substring(0, generalAt).strip();
    }
    if (answers.isEmpty()) {
      throw new IllegalArgumentException(
          "an essay question (empty { }) has no answer to grade; our quizzes cannot take it");
    }
    if (answers.startsWith("#")) {
      throw new IllegalArgumentException(
          "numerical questions ({#...}) are not supported; use short answer or choices");
    }
    String upper = answers.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
    if (upper.equals("T") || upper.equals("TRUE") || upper.equals("F") || upper.equals("FALSE")) {
      question.put("type", "true-false");
      question.put("text", questionText);
      question.put("answer", upper.startsWith("T"));
      putFeedback(question, general, answers);
      return question;
    }
    List<Answer> parsed = answerList(answers);
    boolean allRight = parsed.stream().allMatch(a -> a.marker == '=');
    boolean matching = allRight && parsed.stream().allMatch(a -> a.text.contains("->"));
    if (matching) {
      if (parsed.size() < 2) {
        throw new IllegalArgumentException(
            "a matching question needs at least two pairs 'left -> right'");
      }
      List<Map<String, Object>> pairs = new ArrayList<>();
      for (Answer a : parsed) {
        String[] sides = a.text.split("->", 2);
        if (sides[0].isBlank() || sides[1].isBlank()) {
          throw new IllegalArgumentException("a matching pair needs text on both sides of ->");
        }
        Map<String, Object> pair = new LinkedHashMap<>();
        pair.put("left", unescape(sides[0].strip()));
        pair.put("right", unescape(sides[1].strip()));
        pairs.add(pair);
      }
      question.put("type", "matching");
      question.put("text", questionText);
      question.put("pairs", pairs);
      putFeedback(question, general, null);
      return question;
    }
    if (allRight) {
      question.put("type", "short-answer");
      question.put("text", questionText);
      question.put("accept", parsed.stream().map(a -> unescape(a.text)).toList());
      putFeedback(question, general, null);
      return question;
    }
    List<Map<String, Object>> options = new ArrayList<>();
    long right = 0;
    boolean weighted = false;
    for (Answer a : parsed) {
      Map<String, Object> option = new LinkedHashMap<>();
      boolean correct;
      String optionText = a.text;
      if (optionText.startsWith("%")) {
        int end = optionText.indexOf('%', 1);
        if (end < 0) {
          throw new IllegalArgumentException(
              "the weight of '" + optionText + "' is not closed with %");
        }
        double weight;
        try {
          weight = Double.parseDouble(optionText.substring(1, end));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "the weight '" + optionText.substring(0, end + 1) + "' is not a number");
        }
        weighted = true;
        correct = weight > 0;
        optionText = optionText.substring(end + 1).strip();
      } else {
        correct = a.marker == '=';
      }
      if (optionText.isBlank()) {
        throw new IllegalArgumentException("an answer option is empty");
      }
      option.put("text", unescape(optionText));
      if (correct) {
        option.put("correct", true);
        right++;
      }
      if (a.feedback != null) {
        option.put("feedback", a.feedback);
      }
      options.add(option);
    }
    if (options.size() < 2) {
      throw new IllegalArgumentException("a choice question needs at least two options");
    }
    if (right == 0) {
      throw new IllegalArgumentException("no option is marked right (= or a positive %weight%)");
    }
    question.put("type", right == 1 && !weighted ? "single" : "multiple");
    if (right > 1 || weighted) {
      question.put("scoring", "partial");
    }
    question.put("text", questionText);
    if (general != null) {
      question.put("feedback", general);
    }
    question.put("options", options);
    return question;
  }

  private static void putFeedback(Map<String, Object> question, String general, String trueFalse) {
    String feedback = general;
    if (feedback == null && trueFalse != null && trueFalse.contains("#")) {
      feedback =
          unescape(trueFalse.substring(trueFalse.indexOf('#') + 1).replace("#", " ").strip());
    }
    if (feedback != null && !feedback.isBlank()) {
      question.put("feedback", feedback);
    }
  }

  private record Answer(char marker, String text, String feedback) {}

  private static List<Answer> answerList(String answers) {
    List<Answer> list = new ArrayList<>();
    int i = 0;
    while (i < answers.length()) {
      char marker = answers.charAt(i);
      if (marker != '=' && marker != '~') {
        if (Character.isWhitespace(marker)) {
          i++;
          continue;
        }
        throw new IllegalArgumentException(
            "each answer starts with = (right) or ~ (wrong), not '" + marker + "'");
      }
      int next = i + 1;
      while (next < answers.length()) {
        char c = answers.charAt(next);
        if (c == '\\') {
          next += 2;
          continue;
        }
        if (c == '=' || c == '~') {
          break;
        }
        next++;
      }
      String chunk = answers.substring(i + 1, Math.min(next, answers.length())).strip();
      String feedback = null;
      int hash = unescapedIndex(chunk, '#', 0);
      if (hash >= 0) {
        feedback = unescape(chunk.substring(hash + 1).strip());
        chunk = chunk.substring(0, hash).strip();
      }
      list.add(new Answer(marker, chunk, feedback == null || feedback.isBlank() ? null : feedback));
      i = next;
    }
    return list;
  }

  private static int unescapedIndex(String text, char wanted, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String text) {
    return text.replaceAll("\\\\([~=#{}:\\\\])", "$1").replace("\\n", "\n").strip();
  }

  private static String id(String title, int number) {
    if (title != null) {
      String slug =
          java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
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
