package org.mmicd.academy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import org.mmicd.academy.platform.DomainException;

/**
 * A form post larger than a page takes is answered 413 before any of it is read: 6 MB for a form
 * with a file (an attendance report or a list of learners of up to 5 MB, and the rest of the form),
 * 2 MB for any other form, the most the HTTP listener reads into form fields. The answer is a small
 * page of its own in the viewer's language: the error page, being a page with forms, would have the
 * request's fields read, which is what the listener refuses for a body this large. The API has
 * limits of its own.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class FormSizeLimit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final int MB = 1024 * 1024;

  /** The Faces servlet's multipart limit in web.xml. */
  static final long WITH_FILES = 6L * MB;

  /** Payara's default max-post-size of its HTTP listener, for url-encoded forms. */
  static final long FIELDS_ONLY = 2L * MB;

  /** The session attribute in which the pages keep the viewer's interface language. */
  public static final String LANGUAGE = "mmicd.language";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limit(request.getContentType());
    if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > limit) {
      refuse(request, response, limit / MB);
      return;
    }
    chain.doFilter(request, response);
  }

  static long limit(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
        ? WITH_FILES
        : FIELDS_ONLY;
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, long mb)
      throws IOException {
    Locale locale = language(request);
    String context = request.getContextPath();
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setHeader("Connection", "close");
    response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
    response.setContentType("text/html;charset=UTF-8");
    String back =
        Referer.sameOrigin(request)
            .map(
                b ->
                    "<li><a href=\""
                        + html(b)
                        + "\">"
                        + text(locale, "errorPage.back")
                        + "</a></li>")
            .orElse("");
    PrintWriter page = response.getWriter();
    page.write(
        "<!DOCTYPE html><html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
            + text(locale, "error.title")
            + " · "
            + text(locale, "app.name")
            + "</title><link rel=\"stylesheet\" href=\""
            + context
            + "/jakarta.faces.resource/site.css.xhtml?ln=mmicd\"/></head><body>"
            + "<main class=\"site-main\" id=\"main\"><h1>"
            + text(locale, "error.title")
            + "</h1><p id=\"error-message\" data-status=\"413\">"
            + html(
                new DomainException(
                        DomainException.Kind.TOO_LARGE, "error.page.tooLarge", null, null, mb)
                    .message(locale))
            + "</p><ul class=\"error-ways\">"
            + back
            + "<li><a href=\""
            + context
            + "/index.xhtml\">"
            + text(locale, "error.home")
            + "</a></li></ul></main></body></html>");
  }

  /** The language the viewer chose for the pages, else the browser's, among ours. */
  private static Locale language(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Optional<String> chosen =
        Optional.ofNullable(session == null ? null : session.getAttribute(LANGUAGE))
            .map(Object::toString);
    String language = chosen.orElse(request.getLocale().getLanguage());
    return Locale.forLanguageTag(
        java.util.List.of("en", "es", "fr", "ne").contains(language) ? language : "en");
  }

  private static String text(Locale locale, String key) {
    return html(DomainException.format(locale, key));
  }

  private static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
