package org.mmicd.academy.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson Markdown to safe HTML: commonmark renders, the OWASP sanitizer keeps only formatting,
 * links, images and tables. Authors are trusted, but content may one day come from less trusted
 * hands. Rendering and sanitising were a fifth of a lesson page's time (issue 12), so the HTML of
 * recent texts is kept, keyed by the text itself: a changed text is a new key, so nothing needs
 * dropping when content is loaded again.
 */
@ApplicationScoped
public class LessonRenderer {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements("pre", "code", "hr", "dl", "dt", "dd")
                  .toFactory());

  /** Enough for every lesson text of the courses in every language, with room to spare. */
  private static final int KEPT = 2_000;

  private final Map<String, String> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
              return size() > KEPT;
            }
          });

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

  /** A practice lesson as two pieces of HTML: the task, and the model answer shown on request. */
  public record Practice(String taskHtml, String modelAnswerHtml) {}

  public Practice toPracticeHtml(String markdown) {
    ModelAnswer parts = ModelAnswer.split(markdown);
    return new Practice(toHtml(parts.task()), toHtml(parts.answer()));
  }

  public String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String html = kept.get(markdown);
    if (html == null) {
      html = POLICY.sanitize(renderer.render(parser.parse(markdown)));
      kept.put(markdown, html);
    }
    return html;
  }
}
