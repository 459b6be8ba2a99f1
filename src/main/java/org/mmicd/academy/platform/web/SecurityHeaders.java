package org.mmicd.academy.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.mmicd.academy.platform.Settings;

/**
 * Headers every answer carries. Pages get their Content-Security-Policy from PrimeFaces (CSP mode,
 * with a nonce per page, see web.xml); every other answer that has a body (the API, files, scripts)
 * gets one that allows nothing, set when the body starts so that an error page shown in its place
 * keeps the page's policy. Answers that may hold personal data or secrets are never stored by
 * browsers or proxies; only the unchanging resources (styles, scripts, icons) are.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'";
  static final String HSTS = "max-age=31536000";

  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
    if (request.isSecure() || settings.publicUrl().startsWith("https:")) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, new PolicyOnBody(response));
  }

  /** Styles, scripts, images and fonts: the same for everyone, versioned in their address. */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/jakarta.faces.resource/") || path.equals("/favicon.ico");
  }

  /** Sets the allow-nothing policy when a body starts, unless the page set its own before. */
  private static final class PolicyOnBody extends HttpServletResponseWrapper {

    PolicyOnBody(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      policy();
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      policy();
      return super.getWriter();
    }

    private void policy() {
      if (!isCommitted() && !containsHeader("Content-Security-Policy")) {
        setHeader("Content-Security-Policy", NOTHING_ALLOWED);
      }
    }
  }
}
