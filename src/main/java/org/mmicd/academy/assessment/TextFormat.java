package org.mmicd.academy.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * How a question's texts are written (the quiz file's {@code format}) and how they reach a page:
 * always as sanitised HTML, so that an author's emphasis shows as emphasis, neither as raw tags nor
 * as asterisks, and nothing a bank brings along can run in a learner's browser.
 */
public enum TextFormat {
  PLAIN,
  MARKDOWN,
  HTML;

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser MARKDOWN_PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer MARKDOWN_RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "br", "hr", "sub", "sup")
                  .toFactory());
  private static final PolicyFactory NO_TAGS = new HtmlPolicyBuilder().toFactory();
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,7});");

  /** The format a quiz file names; plain when it names none. */
  public static TextFormat of(String key) {
    if (key == null || key.isBlank()) {
      return PLAIN;
    }
    return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst().orElse(PLAIN);
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The text as safe HTML, paragraphs and all. */
  public String toHtml(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    return switch (this) {
      case PLAIN -> escape(text).replace("\n", "<br />");
      case MARKDOWN -> POLICY.sanitize(MARKDOWN_RENDERER.render(MARKDOWN_PARSER.parse(text)));
      case HTML -> POLICY.sanitize(text);
    };
  }

  /** Safe HTML for a line such as an option: a lone paragraph loses its {@code <p>}. */
  public String toInlineHtml(String text) {
    String html = toHtml(text).strip();
    if (html.startsWith("<p>")
        && html.endsWith("</p>")
        && html.indexOf("<p>", 1) < 0
        && html.indexOf("</p>") == html.length() - 4) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  /** The words alone, for places that cannot show markup (a drop-down's options). */
  public String toPlain(String text) {
    if (text == null || this == PLAIN) {
      return text;
    }
    String html = this == MARKDOWN ? MARKDOWN_RENDERER.render(MARKDOWN_PARSER.parse(text)) : text;
    return unescape(NO_TAGS.sanitize(html)).replaceAll("\\s+", " ").strip();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&#34;")
        .replace("'", "&#39;");
  }

  private static String unescape(String html) {
    String decoded =
        NUMERIC_ENTITY
            .matcher(html)
            .replaceAll(
                m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
    return decoded
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
  }
}
