package org.mmicd.academy.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Lesson Markdown to safe HTML: commonmark renders, the OWASP sanitizer keeps only formatting,
 * links, images and tables. Authors are trusted, but content may one day come from less trusted
 * hands.
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
    return POLICY.sanitize(renderer.render(parser.parse(markdown)));
  }
}
