package org.mmicd.academy.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The pieces of text in a GIFT question: its escapes ({@code \~ \= \# \{ \} \: \n \\}) and the
 * format marker that may open any text ({@code [html] [moodle] [plain] [markdown]}, defaulting to
 * the question text's format, itself {@code moodle} by default). A quiz file has one format per
 * question, so {@link #settle} brings a question's texts to a common one.
 */
final class GiftText {

  /** Moodle's own formats, and ours. */
  enum Format {
    MOODLE,
    HTML,
    PLAIN,
    MARKDOWN;

    static Format named(String name) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
          return format;
        }
      }
      return null;
    }
  }

  /** A text as written, with the format it is written in. */
  record Text(String text, Format format) {}

  // Escaped characters wait in the Unicode private use area while the question is cut up.
  private static final String ESCAPED = ":#={}~";
  private static final char FIRST_PLACEHOLDER = '\uE000';
  private static final char BACKSLASH = '\uE00F';
  private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!][^>]*>|&[a-zA-Z]+;|&#\\d+;");

  private GiftText() {}

  /** Hides escaped characters, so that only real control characters cut the question. */
  static String hideEscapes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '\\' && next == '\\') {
        out.append(BACKSLASH);
        i++;
      } else if (c == '\\' && next == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && next != 0 && ESCAPED.indexOf(next) >= 0) {
        out.append((char) (FIRST_PLACEHOLDER + ESCAPED.indexOf(next)));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Puts the escaped characters back, as plain characters. */
  static String restore(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == BACKSLASH) {
        out.append('\\');
      } else if (c >= FIRST_PLACEHOLDER && c < FIRST_PLACEHOLDER + ESCAPED.length()) {
        out.append(ESCAPED.charAt(c - FIRST_PLACEHOLDER));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A piece of text with its format: a leading marker, else the format it inherits. */
  static Text read(String raw, Format inherited) {
    String text = raw.strip();
    Format format = inherited;
    if (text.startsWith("[")) {
      int end = text.indexOf(']');
      Format named = end < 0 ? null : Format.named(text.substring(1, end));
      if (named != null) {
        format = named;
        text = text.substring(end + 1);
      }
    }
    return new Text(restore(text).strip(), format);
  }

  /**
   * Replaces every {@link Text} in a question (in its maps and lists) by a string in one format,
   * and names that format unless it is plain. Moodle's own format is HTML with line breaks; texts
   * in it that hold no markup are plain text.
   */
  static void settle(Map<String, Object> question) {
    List<Text> texts = new ArrayList<>();
    collect(question, texts);
    Set<String> formats =
        Set.copyOf(texts.stream().filter(t -> !t.text().isEmpty()).map(GiftText::ours).toList());
    String format = formats.size() == 1 ? formats.iterator().next() : "html";
    replace(question, format);
    if (!"plain".equals(format)) {
      Map<String, Object> fields = new LinkedHashMap<>(question);
      question.clear();
      fields.forEach(
          (key, value) -> {
            question.put(key, value);
            if ("type".equals(key)) {
              question.put("format", format);
            }
          });
    }
  }

  /** The format of ours a text would keep on its own. */
  private static String ours(Text text) {
    return switch (text.format()) {
      case PLAIN -> "plain";
      case MARKDOWN -> "markdown";
      case HTML -> "html";
      case MOODLE -> MARKUP.matcher(text.text()).find() ? "html" : "plain";
    };
  }

  private static String as(Text text, String format) {
    String own = ours(text);
    if (own.equals(format)) {
      return text.format() == Format.MOODLE && "html".equals(format)
          ? lineBreaks(text.text())
          : text.text();
    }
    // Only HTML gathers texts of different formats.
    return switch (text.format()) {
      case PLAIN -> lineBreaks(escape(text.text()));
      case MOODLE -> lineBreaks(own.equals("plain") ? escape(text.text()) : text.text());
      case MARKDOWN -> TextFormat.MARKDOWN.toHtml(text.text());
      case HTML -> text.text();
    };
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object value, List<Text> texts) {
    if (value instanceof Text text) {
      texts.add(text);
    } else if (value instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, texts));
    } else if (value instanceof Collection<?> list) {
      list.forEach(v -> collect(v, texts));
    }
  }

  @SuppressWarnings("unchecked")
  private static void replace(Object value, String format) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) map).entrySet()) {
        if (entry.getValue() instanceof Text text) {
          entry.setValue(as(text, format));
        } else {
          replace(entry.getValue(), format);
        }
      }
    } else if (value instanceof List<?> list) {
      List<Object> items = (List<Object>) list;
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Text text) {
          items.set(i, as(text, format));
        } else {
          replace(items.get(i), format);
        }
      }
    }
  }

  private static String lineBreaks(String html) {
    return html.replace("\n", "<br />\n");
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
