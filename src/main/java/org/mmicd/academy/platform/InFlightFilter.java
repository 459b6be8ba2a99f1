package org.mmicd.academy.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts the requests this instance is serving, so that a draining instance knows when it is idle.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InFlightFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject Draining draining;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    draining.entered();
    try {
      chain.doFilter(request, response);
    } finally {
      draining.left();
    }
  }
}
