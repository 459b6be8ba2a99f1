package org.mmicd.academy.platform;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * A call that changes something comes from a script or an app, never from a form or a simple
 * request another site makes a browser send: its body is JSON, or it carries a header no such
 * request can (X-Requested-With), as the GIFT and attendance uploads must when they send plain
 * text. Anything else is refused with 415 before it reaches a resource.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class ScriptedChanges implements ContainerRequestFilter {

  static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** The media types a cross-site form or simple request can send without asking first. */
  static final Set<String> SIMPLE =
      Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext call) {
    MediaType type = call.getMediaType();
    String mediaType = type == null ? null : type.getType() + "/" + type.getSubtype();
    if (!CHANGING.contains(call.getMethod())
        || allowed(call.getMethod(), mediaType, call.getHeaderString("X-Requested-With"))) {
      return;
    }
    Locale locale = ProblemExceptionMapper.locale(headers, request);
    call.abortWith(
        Response.status(415)
            .type(Problem.MEDIA_TYPE)
            .entity(
                Problem.of(
                    ProblemExceptionMapper.TYPE + "scripted-only",
                    415,
                    DomainException.format(locale, "problem.title.media_type"),
                    DomainException.format(locale, "error.api.scripted-only")))
            .build());
  }

  /** A DELETE has no body and needs the browser to ask first across sites, like PUT and PATCH. */
  static boolean allowed(String method, String mediaType, String requestedWith) {
    if (requestedWith != null && !requestedWith.isBlank()) {
      return true;
    }
    if (mediaType == null) {
      return "DELETE".equals(method);
    }
    return !SIMPLE.contains(mediaType.toLowerCase(Locale.ROOT));
  }
}
