package org.mmicd.academy.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Writes a problem+json answer from servlet code that runs outside JAX-RS (a filter, the sign-in
 * mechanism), in the caller's language, the same body {@link ProblemExceptionMapper} writes.
 */
public final class ProblemWriter {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ProblemWriter() {}

  /** The refusal as a problem in the language the request asks for. */
  public static Problem problem(DomainException refusal, HttpServletRequest request) {
    return ProblemExceptionMapper.toProblem(refusal, locale(request));
  }

  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    byte[] body = JSON.toJson(problem).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Accept-Language among the languages we write, else English. */
  public static Locale locale(HttpServletRequest request) {
    for (Locale wanted : Collections.list(request.getLocales())) {
      if (ProblemExceptionMapper.LANGUAGES.contains(wanted.getLanguage())) {
        return Locale.forLanguageTag(wanted.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}
