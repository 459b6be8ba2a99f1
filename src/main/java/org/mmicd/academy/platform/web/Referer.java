package org.mmicd.academy.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The page a request came from, when it is one of ours: a safe way back. */
public final class Referer {

  private Referer() {}

  public static Optional<String> sameOrigin(ExternalContext external) {
    return sameOrigin((HttpServletRequest) external.getRequest());
  }

  /** The path and query of the Referer when it has this request's origin; empty otherwise. */
  public static Optional<String> sameOrigin(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return Optional.empty();
    }
    try {
      URI from = new URI(referer);
      boolean same =
          request.getScheme().equalsIgnoreCase(from.getScheme())
              && request.getServerName().equalsIgnoreCase(from.getHost())
              && request.getServerPort() == port(from);
      return same && from.getRawPath() != null && from.getRawPath().startsWith("/")
          ? Optional.of(
              from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery()))
          : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
