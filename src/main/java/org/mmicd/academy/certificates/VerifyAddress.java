package org.mmicd.academy.certificates;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short public address printed in QR codes, {@code /verify/CODE}, shows the verification page
 * {@code /verify/certificate.xhtml?code=CODE}, without sign-in.
 */
@WebFilter("/verify/*")
public class VerifyAddress extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/verify/certificate.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String code = path.substring("/verify/".length());
    if (path.endsWith(".xhtml") || code.isEmpty() || code.contains("/")) {
      chain.doFilter(request, response);
      return;
    }
    request
        .getRequestDispatcher(PAGE + "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
