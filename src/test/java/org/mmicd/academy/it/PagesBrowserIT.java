package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page shares, tried as a browser would: headers and the session cookie, side-effect
 * free page views, error pages with the right status in the viewer's language, and a language
 * switch that keeps the page and its parameters.
 */
@ExtendWith(Platform.class)
class PagesBrowserIT {

  @RegisterExtension static final Browser chromium = new Browser();

  static final String PASSWORD = "correct-horse-1";

  WebDriver browser;
  WebDriverWait wait;
  URI root;

  @BeforeEach
  void open() {
    root = Platform.root();
    browser = chromium.driver();
    wait = chromium.await();
  }

  @Test
  void answersCarryTheirSafetyHeadersAndRefusalsAreClearPagesInTheViewersLanguage()
      throws Exception {
    // As browsers speak to a plain-HTTP address: HTTP/1.1, no upgrade to h2c.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(root.resolve("login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(cookie.contains("JSESSIONID"), cookie);
    assertTrue(
        cookie.toLowerCase(Locale.ROOT).contains("samesite=lax"),
        "the session cookie stays on this site: " + cookie);
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertFalse(cookie.contains("Secure"), "Secure only over HTTPS: " + cookie);
    String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
    assertFalse(policy.contains("unsafe-eval"), policy);
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("same-origin", login.headers().firstValue("Referrer-Policy").orElse(""));
    assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        login.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over HTTP");

    // Pages, styles and scripts travel compressed (cluster/single-instance.asadmin, set before the
    // boot).
    HttpResponse<byte[]> theme =
        http.send(
            HttpRequest.newBuilder(
                    root.resolve("jakarta.faces.resource/theme.css.xhtml?ln=primefaces-saga-blue"))
                .header("Accept-Encoding", "gzip")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", theme.headers().firstValue("Content-Encoding").orElse(""));
    assertTrue(theme.body().length < 60 * 1024, "the theme compressed: " + theme.body().length);

    // The API challenges browsers with Bearer only; Basic only to callers that tried Basic.
    HttpResponse<String> anonymous =
        http.send(
            HttpRequest.newBuilder(root.resolve("api/v1/me")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, anonymous.statusCode());
    List<String> challenges = anonymous.headers().allValues("WWW-Authenticate");
    assertTrue(challenges.stream().anyMatch(c -> c.startsWith("Bearer")), challenges.toString());
    assertTrue(challenges.stream().noneMatch(c -> c.startsWith("Basic")), challenges.toString());
    HttpResponse<String> wrongPassword =
        http.send(
            HttpRequest.newBuilder(root.resolve("api/v1/me"))
                .header("Authorization", basic("nobody-" + UUID.randomUUID() + "@x.org", "wrong"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(401, wrongPassword.statusCode());
    assertTrue(
        wrongPassword.headers().allValues("WWW-Authenticate").stream()
            .anyMatch(c -> c.startsWith("Basic")));

    // A change by form post or plain text, which any site can make a browser send, is refused.
    String email = register("es");
    Api learner = Api.anonymous(root).withBasic(email, PASSWORD);
    Api.Reply form =
        learner.post(
            "enrollments",
            "courseId=track-ecuador".getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded");
    assertEquals(415, form.status(), form.toString());
    JsonObject enrollment = learner.post("enrollments", "{\"courseId\":\"track-ecuador\"}").json();
    long enrollmentId = enrollment.getJsonNumber("id").longValue();
    String lessonId = firstLesson(enrollment);

    // Opening a lesson by its address changes nothing: progress is posted by the page itself.
    WebSession pages = new WebSession(root).signIn(email, PASSWORD);
    WebSession.Page lesson =
        pages.get("learn/lesson.xhtml?course=track-ecuador&lesson=" + lessonId);
    assertEquals(200, lesson.status());
    assertEquals(
        "not_started", lessonState(learner, enrollmentId, lessonId), "a GET is no progress");

    // Refusals are pages with their status, in the learner's language (Spanish), never a 500.
    Map<String, Integer> expected =
        Map.of(
            "learn/lesson.xhtml",
            400,
            "learn/result.xhtml",
            400,
            "learn/attempt.xhtml?id=-3",
            400,
            "learn/attempt.xhtml?id=abc",
            400,
            "learn/attempt.xhtml?id=999999999",
            404,
            "course.xhtml?id=no-such-course",
            404,
            "learn/lesson.xhtml?course=mmicd-blended&lesson=" + lessonId,
            403,
            "no-such-page.xhtml",
            404);
    for (Map.Entry<String, Integer> address : expected.entrySet()) {
      WebSession.Page page = pages.get(address.getKey());
      assertEquals(address.getValue(), page.status(), address.getKey());
      assertTrue(page.html().contains("lang=\"es\""), address.getKey() + " in Spanish");
      assertTrue(page.html().contains("id=\"error-message\""), address.getKey());
      assertFalse(page.html().contains("at org.mmicd"), address.getKey() + " shows no stack");
    }
    assertTrue(
        pages.get("learn/lesson.xhtml").html().contains("Esta dirección está incompleta"),
        "the message is Spanish");
    // Another learner's attempt is not theirs to see.
    Api other = Api.anonymous(root).newLearner("EC");
    assertEquals(201, other.post("enrollments", "{\"courseId\":\"track-ecuador\"}").status());
    long foreign =
        other.post("quizzes/country-ecuador/attempts", "{}").json().getJsonNumber("id").longValue();
    assertEquals(403, pages.get("learn/attempt.xhtml?id=" + foreign).status());

    // A stale form and a form far too large are refused, still as pages.
    Map<String, String> stale =
        Map.of("menu", "menu", "jakarta.faces.ViewState", "stale-" + UUID.randomUUID());
    WebSession.Page expired = pages.post("learn/my.xhtml", stale);
    assertEquals(400, expired.status());
    assertTrue(expired.html().contains("id=\"error-message\""));
    // A form made up elsewhere, without the page's nonce, is no 500 either.
    WebSession.Page forged = pages.post("learn/my.xhtml", Map.of("menu", "menu"));
    assertTrue(forged.status() == 400 || forged.status() == 200, "status " + forged.status());
    // The server answers before it reads a body that says it is too large, and closes.
    String tooLarge = tooLargeFormPost();
    assertTrue(tooLarge.startsWith("HTTP/1.1 413"), tooLarge);
    assertTrue(tooLarge.contains("lang=\"es\"") && tooLarge.contains("id=\"error-message\""));
  }

  @Test
  void switchingLanguageKeepsThePageAndItsParametersAndTranslatesCourses() {
    String email = register("en");
    Api learner = Api.anonymous(root).withBasic(email, PASSWORD);
    JsonObject enrollment = learner.post("enrollments", "{\"courseId\":\"track-ecuador\"}").json();
    String lessonId = firstLesson(enrollment);
    chromium.signIn(email, PASSWORD);

    String lesson = "learn/lesson.xhtml?course=track-ecuador&lesson=" + lessonId;
    chromium.open(lesson);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson-body")));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    chromium.assertAccessible();
    switchTo("es");
    assertTrue(browser.getCurrentUrl().endsWith(lesson), browser.getCurrentUrl());
    assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
    assertTrue(browser.findElements(By.id("lesson-body")).size() == 1, "still the lesson");
    // The outline is in Spanish where the course has Spanish, and says which lesson is open.
    assertTrue(
        browser.findElement(By.id("backToCourse")).getText().startsWith("Itinerario Ecuador"),
        browser.findElement(By.id("backToCourse")).getText());
    assertEquals(1, browser.findElements(By.cssSelector(".outline [aria-current='page']")).size());
    chromium.assertAccessible();

    chromium.open("course.xhtml?id=track-ecuador");
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().startsWith("Itinerario Ecuador"),
        browser.findElement(By.tagName("h1")).getText());
    switchTo("fr");
    assertTrue(browser.getCurrentUrl().endsWith("course.xhtml?id=track-ecuador"));
    // No French title: the English one, marked as English for screen readers.
    assertEquals(
        "en", browser.findElement(By.cssSelector("h1 [lang], h1[lang]")).getAttribute("lang"));
    chromium.assertAccessible();
    // My learning too marks the English course title and next lesson inside the French page.
    chromium.open("learn/my.xhtml");
    WebElement card =
        browser.findElement(By.cssSelector(".enrollment[data-course='track-ecuador']"));
    assertEquals("en", card.findElement(By.cssSelector("h2 a")).getAttribute("lang"));
    assertEquals("en", card.findElement(By.cssSelector(".meta span[lang]")).getAttribute("lang"));
    chromium.assertAccessible();

    String quiz = "learn/quiz.xhtml?module=country-ecuador&course=track-ecuador";
    chromium.open(quiz);
    switchTo("ne");
    assertTrue(browser.getCurrentUrl().endsWith(quiz), browser.getCurrentUrl());
    assertEquals(1, browser.findElements(By.id("rules")).size(), "still the quiz");
    // This quiz has no Nepali title: the English one, marked so; in Spanish it has its own.
    assertEquals("en", browser.findElement(By.cssSelector("h1 [lang]")).getAttribute("lang"));
    chromium.assertAccessible();
    switchTo("es");
    WebElement title = browser.findElement(By.cssSelector("h1 [lang]"));
    assertEquals("es", title.getAttribute("lang"));
    assertEquals("Compruebe lo que ha aprendido", title.getText());
    switchTo("en");
  }

  @Test
  void aLearnerTakesALessonAndAQuizOnAPhoneWithTheKeyboardAloneOverFewBytes() {
    String email = register("en");
    Api learner = Api.anonymous(root).withBasic(email, PASSWORD);
    JsonObject enrollment = learner.post("enrollments", "{\"courseId\":\"track-ecuador\"}").json();
    String lessonId = firstLesson(enrollment);
    chromium.signIn(email, PASSWORD);
    chromium.resize(Browser.PHONE);
    ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCache", Map.of());

    chromium.open("learn/lesson.xhtml?course=track-ecuador&lesson=" + lessonId);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lesson-body")));
    long firstLoad = bytesOnTheWire();
    assertTrue(firstLoad > 0 && firstLoad <= 300 * 1024, "first load: " + firstLoad + " bytes");
    // The menu is folded behind its button on a phone, and the page fits the screen.
    assertFalse(browser.findElement(By.id("site-nav")).isDisplayed(), "the menu is folded");
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"),
        "nothing runs off a 390 px screen");
    chromium.assertAccessible();

    // Keyboard only: the skip link first, then Tab to "Mark as complete" and Enter.
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("skip-link", active().getAttribute("class"));
    tabTo(e -> "player:markComplete".equals(e.getAttribute("id")), 80).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("player:completed")));
    long enrollmentId = enrollment.getJsonNumber("id").longValue();
    wait.until(d -> "completed".equals(lessonState(learner, enrollmentId, lessonId)));
    // The outline opens from the keyboard and leads to the next lesson.
    WebElement outline = browser.findElement(By.cssSelector("#outline > summary"));
    outline.sendKeys(Keys.ENTER);
    assertTrue(browser.findElement(By.id("outline")).getDomAttribute("open") != null, "open");
    chromium.assertAccessible();
    browser.findElement(By.id("player:next")).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(lessonId)));
    long cached = bytesOnTheWire();
    assertTrue(cached <= 30 * 1024, "once cached: " + cached + " bytes");
    System.out.printf(
        "Lesson page on the wire: %d bytes on first load, %d once cached%n", firstLoad, cached);

    // The quiz, by keyboard: start, answer each question, move on, submit, and read the result.
    chromium.open("learn/quiz.xhtml?module=country-ecuador&course=track-ecuador");
    chromium.assertAccessible();
    tabTo(e -> "start:start".equals(e.getAttribute("id")), 60).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("learn/attempt.xhtml"));
    int questions = browser.findElements(By.cssSelector(".quiz-navigator .goto")).size();
    for (int position = 1; position <= questions; position++) {
      String title = browser.getTitle();
      assertTrue(title.contains(String.valueOf(position)), "the title follows: " + title);
      if (position == 1) {
        chromium.assertAccessible();
      }
      answerByKeyboard();
      if (position < questions) {
        String text = browser.findElement(By.id("question-text")).getText();
        tabTo(e -> "attempt:next".equals(e.getAttribute("id")), 40).sendKeys(Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("question-text")).getText().equals(text));
      }
    }
    tabTo(e -> "attempt:submit".equals(e.getAttribute("id")), 40).sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlContains("learn/result.xhtml"));
    assertFalse(browser.findElement(By.id("verdict")).getText().isBlank());
    chromium.assertAccessible();
    chromium.resize(Browser.DESKTOP);
  }

  /** Answers the question shown with keys only: Space on an option, arrows in lists, typing. */
  private void answerByKeyboard() {
    WebElement question = browser.findElement(By.id("question"));
    switch (question.getAttribute("data-type")) {
      case "single", "multiple", "true-false" ->
          tabTo(
                  e ->
                      "INPUT".equals(e.getTagName().toUpperCase(Locale.ROOT))
                          && question.findElements(By.id(e.getAttribute("id"))).size() == 1,
                  40)
              .sendKeys(Keys.SPACE);
      case "matching" -> {
        int lists = question.findElements(By.tagName("select")).size();
        for (int i = 0; i < lists; i++) {
          String wanted = "match-" + i;
          tabTo(e -> String.valueOf(e.getAttribute("class")).contains(wanted), 40)
              .sendKeys(Keys.ARROW_DOWN);
        }
      }
      default -> tabTo(e -> "attempt:text".equals(e.getAttribute("id")), 40).sendKeys("GAD");
    }
  }

  private WebElement tabTo(java.util.function.Predicate<WebElement> wanted, int limit) {
    for (int i = 0; i < limit; i++) {
      WebElement focused = active();
      if (wanted.test(focused)) {
        return focused;
      }
      focused.sendKeys(Keys.TAB);
    }
    throw new AssertionError(
        "not reachable by Tab within "
            + limit
            + " steps; at "
            + active().getAttribute("outerHTML"));
  }

  private WebElement active() {
    return browser.switchTo().activeElement();
  }

  /** Bytes this page took over the network: the document and what it fetched, compressed. */
  private long bytesOnTheWire() {
    Object total =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('navigation')"
                    + ".concat(performance.getEntriesByType('resource'))"
                    + ".reduce(function (sum, e) { return sum + e.transferSize; }, 0);");
    return ((Number) total).longValue();
  }

  /** A form post that says it carries 3 MB (none is sent), from a Spanish browser. */
  private String tooLargeFormPost() throws IOException {
    try (Socket socket = new Socket(root.getHost(), root.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /index.xhtml HTTP/1.1\r\nHost: "
                  + root.getHost()
                  + "\r\nAccept-Language: es\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: "
                  + (3 << 20)
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      // The page, not the end of the connection: the server may wait for the body it refused.
      java.io.InputStream in = socket.getInputStream();
      java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        answer.write(buffer, 0, read);
        if (answer.toString(StandardCharsets.UTF_8).contains("</html>")) {
          break;
        }
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private void switchTo(String language) {
    browser.findElement(By.cssSelector("#languages summary")).click();
    browser.findElement(By.cssSelector("#languages .lang-" + language)).click();
    wait.until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  private String register(String language) {
    String email = "pages-" + UUID.randomUUID() + "@example.org";
    Api.Reply reply =
        Api.anonymous(root)
            .post(
                "accounts",
                "{\"email\":\""
                    + email
                    + "\",\"displayName\":\"Page Tester\",\"password\":\""
                    + PASSWORD
                    + "\",\"country\":\"EC\",\"language\":\""
                    + language
                    + "\"}");
    assertEquals(201, reply.status(), reply.toString());
    return email;
  }

  private static String firstLesson(JsonObject enrollment) {
    return enrollment
        .getJsonArray("modules")
        .getJsonObject(0)
        .getJsonArray("lessons")
        .getJsonObject(0)
        .getString("lessonId");
  }

  private static String lessonState(Api learner, long enrollment, String lessonId) {
    return learner.get("enrollments/" + enrollment).json().getJsonArray("modules").stream()
        .flatMap(m -> m.asJsonObject().getJsonArray("lessons").stream())
        .map(l -> l.asJsonObject())
        .filter(l -> l.getString("lessonId").equals(lessonId))
        .findFirst()
        .orElseThrow()
        .getString("state");
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
