package org.mmicd.academy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Caps the size of API request bodies: 1 MB for JSON (and anything else), 5 MB for the files people
 * upload as text (attendance CSV, GIFT quiz files). A body that says it is larger is refused with
 * 413 before a byte of it is read; one sent without a length is cut off at the cap, which also
 * answers 413 ({@link TooLarge} in {@link ProblemExceptionMapper}).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestBodyLimit extends HttpFilter {

  public static final long JSON_BYTES = 1L << 20;
  public static final long UPLOAD_BYTES = 5L << 20;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = limitFor(request.getContentType());
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      response.setHeader("Connection", "close");
      ProblemWriter.write(response, ProblemWriter.problem(tooLarge(limit), request));
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Capped(request, limit), response);
  }

  static long limitFor(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
    boolean upload =
        type.startsWith("text/csv")
            || type.startsWith("text/plain")
            || type.startsWith("application/octet-stream");
    return upload ? UPLOAD_BYTES : JSON_BYTES;
  }

  static DomainException tooLarge(long limit) {
    return DomainException.tooLarge("error.api.too-large", Long.toString(limit >> 20));
  }

  /** A body read past its cap. */
  public static final class TooLarge extends IOException {

    private static final long serialVersionUID = 1L;
    private final long limit;

    TooLarge(long limit) {
      super("Request body larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  /** A request whose body stream fails once it has given more bytes than the cap. */
  private static final class Capped extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream body = super.getInputStream();
        stream =
            new ServletInputStream() {
              private long read;

              @Override
              public int read() throws IOException {
                int b = body.read();
                if (b >= 0) {
                  count(1);
                }
                return b;
              }

              @Override
              public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                if (n > 0) {
                  count(n);
                }
                return n;
              }

              private void count(int n) throws TooLarge {
                read += n;
                if (read > limit) {
                  throw new TooLarge(limit);
                }
              }

              @Override
              public boolean isFinished() {
                return body.isFinished();
              }

              @Override
              public boolean isReady() {
                return body.isReady();
              }

              @Override
              public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
              }
            };
      }
      return stream;
    }

    @Override
    public java.io.BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(getInputStream(), encoding == null ? "UTF-8" : encoding));
    }
  }
}
