package org.mmicd.academy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * With {@code MMICD_SQL_COUNT=true}, answers every request with {@code Server-Timing: sql;desc="N
 * statements"}. The body is held back until the request is done, since the count is known only
 * then; so this is a diagnostic switch, off in normal operation.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class StatementCountFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!StatementCount.enabled()) {
      chain.doFilter(request, response);
      return;
    }
    int[] count = StatementCount.start();
    HeldBack held = new HeldBack(response);
    try {
      chain.doFilter(request, held);
    } finally {
      StatementCount.stop();
    }
    if (!response.isCommitted()) {
      response.setHeader("Server-Timing", "sql;desc=\"" + count[0] + " statements\"");
    }
    held.release();
  }

  /** Keeps the body in memory so that headers can still be set after the request's work. */
  private static final class HeldBack extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;

    HeldBack(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        writer = new PrintWriter(new OutputStreamWriter(body, charset));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    void release() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (body.size() == 0) {
        return;
      }
      HttpServletResponse response = (HttpServletResponse) getResponse();
      if (!response.isCommitted()) {
        response.setContentLength(body.size());
      }
      body.writeTo(response.getOutputStream());
      response.flushBuffer();
    }
  }
}
