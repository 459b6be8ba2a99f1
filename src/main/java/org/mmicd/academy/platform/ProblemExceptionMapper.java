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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ParamException;

/**
 * Turns every exception that leaves a resource into an {@code application/problem+json} answer (RFC
 * 9457) whose {@code type} names the kind of error ({@code urn:mmicd:problem:...}) and whose title
 * and detail are in the caller's language.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  /**
   * The request attribute in which sign-in leaves the account's language, the second choice after
   * the request's Accept-Language for the language of a problem's detail.
   */
  public static final String ACCOUNT_LANGUAGE = "mmicd.account.language";

  static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "ne");
  static final String TYPE = "urn:mmicd:problem:";

  @Context SecurityContext securityContext;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    Locale locale = locale(headers, request);
    Problem problem = toProblem(cause, locale);
    boolean roleCheck = !(cause instanceof DomainException);
    boolean anonymous = securityContext == null || securityContext.getUserPrincipal() == null;
    if (problem.status() == 401 || (roleCheck && problem.status() == 403 && anonymous)) {
      // @RolesAllowed denies anonymous callers with 403; they need to authenticate, which is a 401.
      // A browser that is offered Basic asks for a password and then sends it with every request
      // to the API, other sites' requests included: only a caller that tried Basic is offered it.
      Response.ResponseBuilder unauthorized =
          Response.status(401)
              .type(Problem.MEDIA_TYPE)
              .header("WWW-Authenticate", "Bearer realm=\"MMICD Academy\"");
      if (triedBasic(request)) {
        unauthorized.header("WWW-Authenticate", "Basic realm=\"MMICD Academy\", charset=\"UTF-8\"");
      }
      return unauthorized
          .entity(generic(locale, 401, "unauthenticated", "error.api.sign-in"))
          .build();
    }
    if (problem.status() == 503) {
      return Response.fromResponse(response(problem))
          .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
          .build();
    }
    return response(problem);
  }

  /** Whether the request authenticated with HTTP Basic (a script that knows it wants Basic). */
  public static boolean triedBasic(HttpServletRequest request) {
    String authorization = request == null ? null : request.getHeader("Authorization");
    return authorization != null && authorization.strip().regionMatches(true, 0, "Basic ", 0, 6);
  }

  /** Accept-Language among the languages we write, then the account's language, then English. */
  public static Locale locale(HttpHeaders headers, HttpServletRequest request) {
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

  static Response response(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  static Problem toProblem(Throwable thrown, Locale locale) {
    if (thrown instanceof DomainException refusal) {
      return toProblem(refusal, locale);
    }
    if (thrown instanceof ConstraintViolationException invalid) {
      return toProblem(invalid, locale);
    }
    if (causedBy(thrown, RequestBodyLimit.TooLarge.class)) {
      return toProblem(RequestBodyLimit.tooLarge(tooLargeLimit(thrown)), locale);
    }
    if (DatabaseOutage.causes(thrown)) {
      LOG.warning(() -> "The database cannot be reached: " + thrown);
      return toProblem(DomainException.unavailable("error.api.database-down"), locale);
    }
    if (thrown instanceof ParamException parameter) {
      return toProblem(parameter, locale);
    }
    if (thrown instanceof JsonbException || causedBy(thrown, JsonbException.class)) {
      return generic(locale, 400, "malformed-body", "error.api.malformed-body");
    }
    if (thrown instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 400 && web.getCause() != null) {
        return generic(locale, 400, "malformed-body", "error.api.malformed-body");
      }
      if (status == 403) {
        return generic(locale, 403, "forbidden", "error.api.role");
      }
      if (status == 404) {
        return generic(locale, 404, "not-found", "error.api.no-such-resource");
      }
      if (status == 405) {
        return generic(locale, 405, "method-not-allowed", "error.api.method");
      }
      if (status == 406 || status == 415) {
        return generic(locale, status, "media-type", "error.api.media-type");
      }
      return new Problem(
          TYPE + "http-" + status, reason(status), status, reason(status), null, null, null);
    }
    LOG.log(Level.SEVERE, "Unexpected error in a REST call", thrown);
    return generic(locale, 500, "internal", "error.api.internal");
  }

  /**
   * A query, header or form parameter that does not convert (page=abc) is a bad request, not the
   * 404 that JAX-RS prescribes; a path parameter that does not convert names no resource: 404.
   */
  private static Problem toProblem(ParamException parameter, Locale locale) {
    if (parameter instanceof ParamException.PathParamException) {
      return generic(locale, 404, "not-found", "error.api.no-such-resource");
    }
    String name = parameter.getParameterName();
    return toProblem(DomainException.invalid(name, "error.api.parameter", name), locale);
  }

  private static long tooLargeLimit(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
        return tooLarge.limit();
      }
    }
    return RequestBodyLimit.JSON_BYTES;
  }

  public static Problem toProblem(DomainException refusal, Locale locale) {
    int status = refusal.kind().status();
    String detail = refusal.message(locale);
    List<Problem.FieldError> errors =
        refusal.field() == null ? null : List.of(new Problem.FieldError(refusal.field(), detail));
    String type = TYPE + refusal.key().replaceFirst("^error\\.", "");
    return new Problem(type, title(locale, refusal.kind()), status, detail, null, errors, null)
        .withResult(refusal.result());
  }

  /** Bean Validation's messages come in the server's language; the fields name what to fix. */
  static Problem toProblem(ConstraintViolationException invalid, Locale locale) {
    List<Problem.FieldError> errors =
        invalid.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    return new Problem(
        TYPE + "invalid-request",
        title(locale, DomainException.Kind.INVALID),
        400,
        detail,
        null,
        errors,
        null);
  }

  private static Problem generic(Locale locale, int status, String type, String key) {
    String title =
        DomainException.format(locale, "problem.title." + type.replace('-', '_'), new Object[0]);
    if (title.startsWith("problem.title.")) {
      title = reason(status);
    }
    return new Problem(
        TYPE + type,
        title,
        status,
        new DomainException(DomainException.Kind.INVALID, key, null, null).message(locale),
        null,
        null,
        null);
  }

  private static String title(Locale locale, DomainException.Kind kind) {
    return DomainException.format(
        locale, "problem.title." + kind.name().toLowerCase(Locale.ROOT), new Object[0]);
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof EJBException || current.getClass() == RuntimeException.class)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
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

  private static String reason(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "HTTP " + status : known.getReasonPhrase();
  }
}
