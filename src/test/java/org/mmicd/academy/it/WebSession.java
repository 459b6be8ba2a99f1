package org.mmicd.academy.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The pages as a signed-in browser sees them, without a browser: cookies, forms, redirects. */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE =
      Pattern.compile("name=\"primefaces.nonce\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern STATEMENTS = Pattern.compile("sql;desc=\"(\\d+) statements\"");

  private final URI root;
  private final HttpClient http;

  public WebSession(URI root) {
    this.root = root;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Signs in through the sign-in form, as a person would. */
  public WebSession signIn(String email, String password) {
    Page landed = postSignIn(email, password);
    if (!landed.uri().getPath().endsWith("learn/my.xhtml")) {
      throw new AssertionError("sign-in did not land on My learning: " + landed.uri());
    }
    return this;
  }

  /** The sign-in form filled in and posted as a browser does; the page the post ends on. */
  public Page postSignIn(String email, String password) {
    return post("login.xhtml", signInForm(get("login.xhtml").html(), email, password));
  }

  /**
   * The sign-in form's fields as a browser posts them, read from the sign-in page's HTML: its view
   * state and its Content-Security-Policy nonce, without which the post is refused as forged.
   */
  public static Map<String, String> signInForm(String loginPage, String email, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:email", email);
    form.put("signin:password", password);
    form.put("signin:submit", "");
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, loginPage, "view state"));
    form.put("primefaces.nonce", find(NONCE, loginPage, "CSP nonce"));
    return form;
  }

  /** A form's fields as an {@code application/x-www-form-urlencoded} body. */
  public static String encoded(Map<String, String> form) {
    return form.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String find(Pattern pattern, String html, String what) {
    Matcher matcher = pattern.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("no " + what + " in the page");
    }
    return matcher.group(1);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(root.resolve(path)).GET());
  }

  public Page post(String path, Map<String, String> form) {
    String body = encoded(form);
    return send(
        HttpRequest.newBuilder(root.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Page(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A page as served, with what the server said about it. */
  public record Page(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String html() {
      return response.body();
    }

    public URI uri() {
      return response.uri();
    }

    /** How many SQL statements the server ran for this page (MMICD_SQL_COUNT is on in tests). */
    public int statements() {
      String timing = response.headers().firstValue("Server-Timing").orElse("");
      Matcher matcher = STATEMENTS.matcher(timing);
      if (!matcher.find()) {
        throw new AssertionError("no statement count for " + response.uri() + ": " + timing);
      }
      return Integer.parseInt(matcher.group(1));
    }
  }
}
