package org.mmicd.academy.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.ProblemWriter;

/**
 * Payara serves its metrics (connection pools, threads, memory: a map for an attacker) at {@code
 * /metrics} inside this application, since the application has the root context. Only admins read
 * them, with a token or Basic like any API call; health ({@code /health}) stays public.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"})
public class MetricsGate extends HttpFilter {

  static boolean covers(String path) {
    return path.equals("/metrics") || path.startsWith("/metrics/");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isUserInRole(Role.ADMIN_NAME)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getUserPrincipal() == null) {
      response.addHeader("WWW-Authenticate", "Bearer realm=\"" + SignInMechanism.REALM + "\"");
      ProblemWriter.write(
          response,
          ProblemWriter.problem(DomainException.unauthenticated("error.api.sign-in"), request));
      return;
    }
    ProblemWriter.write(
        response, ProblemWriter.problem(DomainException.forbidden("error.api.role"), request));
  }
}
