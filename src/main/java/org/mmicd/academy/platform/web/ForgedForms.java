package org.mmicd.academy.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mmicd.academy.platform.DomainException;
import org.primefaces.csp.CspException;

/**
 * A form post without the page's Content-Security-Policy nonce (a stale page, or a form another
 * site or a script made up) is refused by PrimeFaces before Faces can handle it: it is a 400 with
 * the error page that says the page had expired, not a 500.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ForgedForms extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException failure) {
      if (!refusedNonce(failure) || response.isCommitted()) {
        throw failure;
      }
      request.setAttribute(PageErrors.REFUSAL, DomainException.invalid(null, "error.page.expired"));
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  static boolean refusedNonce(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof CspException) {
        return true;
      }
    }
    return false;
  }
}
