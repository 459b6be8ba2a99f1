package org.mmicd.academy.platform;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into an {@code application/problem+json} answer. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  /**
   * The request attribute in which sign-in leaves the account's language, the second choice after
   * the request's Accept-Language for the language of a problem's detail.
   */
  public static final String ACCOUNT_LANGUAGE = "mmicd.account.language";

  static final java.util.Set<String> LANGUAGES = java.util.Set.of("en", "es", "fr", "ne");

  @Context SecurityContext securityContext;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    Problem problem =
        cause instanceof DomainException refusal ? toProblem(refusal, locale()) : toProblem(cause);
    boolean roleCheck = !(cause instanceof ProblemException || cause instanceof DomainException);
    boolean anonymous = securityContext.getUserPrincipal() == null;
    if (problem.status() == 401 || (roleCheck && problem.status() == 403 && anonymous)) {
      // @RolesAllowed denies anonymous callers with 403; they need to authenticate, which is a 401.
      return Response.status(401)
          .type(Problem.MEDIA_TYPE)
          .header("WWW-Authenticate", "Bearer realm=\"MMICD Academy\"")
          .header("WWW-Authenticate", "Basic realm=\"MMICD Academy\", charset=\"UTF-8\"")
          .entity(
              Problem.of(
                  401,
                  "Unauthorized",
                  "Sign in: send a personal access token (Authorization: Bearer) or HTTP Basic"
                      + " credentials."))
          .build();
    }
    return response(problem);
  }

  /** Accept-Language among the languages we write, then the account's language, then English. */
  Locale locale() {
    if (headers != null) {
      for (Locale wanted : headers.getAcceptableLanguages()) {
        if (LANGUAGES.contains(wanted.getLanguage())) {
          return Locale.forLanguageTag(wanted.getLanguage());
        }
      }
    }
    Object account = request == null ? null : request.getAttribute(ACCOUNT_LANGUAGE);
    if (account instanceof String language && LANGUAGES.contains(language)) {
      return Locale.forLanguageTag(language);
    }
    return Locale.ENGLISH;
  }

  static Problem toProblem(DomainException refusal, Locale locale) {
    int status = refusal.kind().status();
    String detail = refusal.message(locale);
    List<Problem.FieldError> errors =
        refusal.field() == null ? null : List.of(new Problem.FieldError(refusal.field(), detail));
    String type = "urn:mmicd:problem:" + refusal.key().replaceFirst("^error\\.", "");
    String title =
        DomainException.format(
            locale, "problem.title." + refusal.kind().name().toLowerCase(Locale.ROOT));
    return new Problem(type, title, status, detail, null, errors, refusal.result());
  }

  static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof EJBException || current.getClass() == RuntimeException.class)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  static Problem toProblem(Throwable thrown) {
    if (thrown instanceof ProblemException problem) {
      return problem.toProblem();
    }
    if (thrown instanceof ConstraintViolationException invalid) {
      List<Problem.FieldError> errors =
          invalid.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(field(v), v.getMessage()))
              .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
              .toList();
      String detail =
          errors.stream()
              .map(e -> e.field() + ": " + e.message())
              .collect(java.util.stream.Collectors.joining("; "));
      return new Problem("about:blank", "Invalid request", 400, detail, null, errors, null);
    }
    if (thrown instanceof JsonbException || causedBy(thrown, JsonbException.class)) {
      return Problem.of(
          400,
          "Malformed request body",
          "The request body is not valid JSON for this operation: " + rootMessage(thrown));
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 400 && web.getCause() != null) {
        return Problem.of(
            400, "Malformed request body", "The request could not be read: " + rootMessage(thrown));
      }
      if (status == 403) {
        return Problem.of(403, "Forbidden", "Your account does not have a role that may do this.");
      }
      return Problem.of(status, reason(status), web.getMessage());
    }
    LOG.log(Level.SEVERE, "Unexpected error in a REST call", thrown);
    return Problem.of(
        500, "Internal server error", "Something went wrong on our side; nothing was changed.");
  }

  private static String field(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    // "enroll.request.courseId" -> "courseId": callers know their own field names, not our methods.
    int lastDot = path.lastIndexOf('.');
    return lastDot < 0 ? path : path.substring(lastDot + 1);
  }

  private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
