package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Several instances as one platform (issue 16), on loopback: Payara Micro instances joined in a
 * data grid on one PostgreSQL database, behind HAProxy with {@code cluster/haproxy.cfg}. Not part
 * of the usual runs: {@code mvn verify -Pcluster} (README, "Running several instances"). The
 * methods share the cluster, in this order: work done once and changes seen everywhere; a learner
 * whose instance is killed finishes the quiz on another; a new instance joins, and two instances
 * serve against one (the other drains). Measurements go to {@code target/cluster-measurements.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final URI BALANCER = URI.create("http://127.0.0.1:8099/");
  static final String MEMBERS = "127.0.0.1:6900,127.0.0.1:6901,127.0.0.1:6902";
  static final Map<String, Integer> HTTP_PORT = Map.of("a", 8096, "b", 8097, "c", 8098);
  static final Map<String, Integer> GRID_PORT = Map.of("a", 6900, "b", 6901, "c", 6902);
  static final String ADMIN = "root@mmicd.test";
  static final String ADMIN_PASSWORD = "Root-password-1";
  static final String PASSWORD = "correct-horse-1";
  static final Duration DEADLINE = Duration.ofSeconds(120);
  static final Path MEASUREMENTS = Path.of("target", "cluster-measurements.txt");

  static GreenMail mail;
  static Process haproxy;
  static final Map<String, PayaraProcess> instances = new ConcurrentHashMap<>();
  static final List<String> measured = new ArrayList<>();
  static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @RegisterExtension static final Browser chromium = new Browser(() -> BALANCER);

  @BeforeAll
  static void start() throws Exception {
    Files.createDirectories(Path.of("target", "it-logs"));
    mail =
        new GreenMail(
                new ServerSetup(PayaraProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mail.start();
    haproxy =
        new ProcessBuilder("haproxy", "-f", "cluster/haproxy.cfg", "-db")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    Path.of("target", "it-logs", "haproxy.log").toFile()))
            .start();
    start("a");
    awaitBalancerSays("a", "UP");
    long begin = System.nanoTime();
    start("b");
    awaitBalancerSays("b", "UP");
    measure("second instance: start to serving through the balancer", seconds(begin) + " s");
  }

  @AfterAll
  static void stop() throws IOException {
    instances.values().forEach(PayaraProcess::stop);
    if (haproxy != null) {
      haproxy.destroy();
    }
    if (mail != null) {
      mail.stop();
    }
    Files.write(MEASUREMENTS, measured);
  }

  static void start(String name) throws Exception {
    instances.put(
        name,
        PayaraProcess.startInCluster(
            "cluster-" + name,
            Map.of(
                "MMICD_SMTP_HOST",
                "127.0.0.1",
                "MMICD_SMTP_PORT",
                Integer.toString(mail.getSmtp().getPort())),
            HTTP_PORT.get(name),
            GRID_PORT.get(name),
            MEMBERS));
  }

  @Test
  @Order(1)
  void aReminderIsSentOnceAndAContentReloadIsSeenOnEveryInstance() throws Exception {
    Api balancer = Api.anonymous(BALANCER);
    String email = learner(balancer);
    Api learner = balancer.withBasic(email, PASSWORD);
    Api organiser = balancer.withBasic(ADMIN, ADMIN_PASSWORD);

    // A webinar an hour and 40 seconds from now: its one-hour reminder falls due during the run,
    // when both instances' mail timers look for due mail every 15 seconds.
    ZoneId brussels = ZoneId.of("Europe/Brussels");
    LocalDateTime start =
        LocalDateTime.ofInstant(Instant.now().plusSeconds(3600 + 40), brussels).withNano(0);
    Api.Reply created =
        organiser.post("sessions", webinar("Cluster clinic " + UUID.randomUUID(), start));
    assertEquals(201, created.status(), created.toString());
    long session = created.json().getJsonNumber("id").longValue();
    Api.Reply seat = learner.post("sessions/" + session + "/registrations", "");
    assertTrue(seat.status() / 100 == 2, seat.toString());

    // Content reloaded on one instance reaches the other, whose cache held the old title.
    Path course = Path.of(System.getenv("MMICD_CONTENT_DIR"), "courses", "it-quiz-course.yaml");
    String original = Files.readString(course);
    Api a = Api.anonymous(root("a"));
    Api b = Api.anonymous(root("b"));
    assertEquals(
        "Integration test course", b.get("courses/it-quiz-course").json().getString("title"));
    String title = "Integration test course " + UUID.randomUUID();
    try {
      Files.writeString(
          course, original.replace("title: Integration test course", "title: " + title));
      Api.Reply reload = a.withBasic(ADMIN, ADMIN_PASSWORD).post("admin/content/reload", "");
      assertEquals(200, reload.status(), reload.toString());
      assertEquals(title, a.get("courses/it-quiz-course").json().getString("title"));
      long reloaded = System.nanoTime();
      awaitTrue(
          () -> title.equals(b.get("courses/it-quiz-course").json().getString("title")),
          "the other instance shows the reloaded course");
      measure("content reload seen on the other instance after", seconds(reloaded) + " s");
    } finally {
      Files.writeString(course, original);
      a.withBasic(ADMIN, ADMIN_PASSWORD).post("admin/content/reload", "");
    }

    awaitTrue(() -> !reminders(email).isEmpty(), "the one-hour reminder arrives");
    // Both instances' mail timers have looked at least twice more before counting.
    Thread.sleep(Duration.ofSeconds(35).toMillis());
    assertEquals(1, reminders(email).size(), "the reminder is sent once, not once per instance");
  }

  @Test
  @Order(2)
  void aLearnerWhoseInstanceIsKilledFinishesTheQuizOnAnotherWithNothingLost() throws Exception {
    String email = learner(Api.anonymous(BALANCER));
    WebDriver browser = chromium.driver();
    WebDriverWait wait = chromium.await();
    QuizFile file = QuizFile.of("modules/toolkit-health");
    chromium.signIn(email, PASSWORD);
    browser.get(
        BALANCER.resolve("learn/quiz.xhtml?module=toolkit-health&course=mmicd-blended").toString());
    browser.findElement(By.id("start:start")).click();
    wait.until(ExpectedConditions.urlContains("learn/attempt.xhtml"));

    int answered = 0;
    String killed = null;
    while (true) {
      WebElement question =
          wait.until(ExpectedConditions.presenceOfElementLocated(By.id("question")));
      String text = browser.findElement(By.id("question-text")).getText();
      QuizBrowserIT.answer(browser, wait, question, file.byText(text));
      answered++;
      List<WebElement> next = browser.findElements(By.id("attempt:next"));
      if (next.isEmpty()) {
        break;
      }
      next.get(0).click();
      wait.until(d -> !d.findElement(By.id("question-text")).getText().equals(text));
      if (answered == file.draw() / 2) {
        // Half the quiz is saved: the instance that served it dies at once, as with kill -9.
        killed = node(browser);
        instances.remove(killed).kill();
      }
    }
    assertEquals(file.draw(), answered);
    browser.findElement(By.id("attempt:submit")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.urlContains("learn/result.xhtml"));

    assertTrue(killed != null && !killed.isBlank(), "the balancer named the serving instance");
    assertNotEquals(killed, node(browser), "another instance served the end of the quiz");
    assertTrue(
        browser.findElement(By.id("verdict")).getText().contains("Passed"),
        browser.findElement(By.id("verdict")).getText());
    assertTrue(
        browser.findElement(By.id("score")).getText().startsWith("100"),
        "every answer given before the instance died counted: "
            + browser.findElement(By.id("score")).getText());
    chromium.screenshot("cluster-quiz-after-failover");
  }

  @Test
  @Order(3)
  void aNewInstanceJoinsAndTwoServeMoreThanOneWhileTheOtherDrains() throws Exception {
    long begin = System.nanoTime();
    start("c");
    awaitBalancerSays("c", "UP");
    measure(
        "new instance joining a running cluster: start to serving through the balancer",
        seconds(begin) + " s");
    String survivor =
        instances.keySet().stream().filter(n -> !n.equals("c")).findFirst().orElseThrow();

    Api balancer = Api.anonymous(BALANCER);
    String email = learner(balancer);
    Api.Reply issued = balancer.withBasic(email, PASSWORD).post("me/tokens", "{\"name\":\"load\"}");
    assertEquals(201, issued.status(), issued.toString());
    String token = issued.json().getString("token");

    load(token, 15); // warms both instances up (the new one has compiled nothing yet)
    double two = load(token, 20);
    measure(
        "throughput, two instances (" + survivor + ", c), GET /api/v1/me/enrollments",
        two + " requests/s");

    Api c = Api.anonymous(root("c")).withBasic(ADMIN, ADMIN_PASSWORD);
    Api.Reply drain = c.post("admin/instance/drain", "");
    assertEquals(200, drain.status(), drain.toString());
    assertTrue(drain.json().getBoolean("draining"));
    assertEquals(
        503, status(root("c").resolve("health/ready")), "a draining instance is not ready");
    awaitBalancerSays("c", "DOWN");
    assertEquals(
        200, status(root("c").resolve("api/v1/courses")), "it still answers what reaches it");

    double one = load(token, 20);
    measure("throughput, one instance (" + survivor + "; c drains)", one + " requests/s");
    assertTrue(one > 0 && two > 0);
  }

  /** Requests per second through the balancer, 8 connections; every answer a 200. */
  static double load(String token, int seconds) throws Exception {
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c8",
                "-d" + seconds + "s",
                "-H",
                "Authorization: Bearer " + token,
                BALANCER.resolve("api/v1/me/enrollments").toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(wrk.waitFor(60, TimeUnit.SECONDS));
    assertFalse(out.contains("Non-2xx"), out);
    Matcher rate = Pattern.compile("Requests/sec:\\s+([\\d.]+)").matcher(out);
    assertTrue(rate.find(), out);
    return Double.parseDouble(rate.group(1));
  }

  static String learner(Api balancer) {
    String email = "cluster-" + UUID.randomUUID() + "@example.org";
    Api.Reply account =
        balancer.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Cluster Learner\",\"password\":\""
                + PASSWORD
                + "\",\"country\":\"NP\",\"language\":\"en\"}");
    assertEquals(201, account.status(), account.toString());
    Api.Reply enrolled =
        balancer.withBasic(email, PASSWORD).post("enrollments", "{\"courseId\":\"mmicd-blended\"}");
    assertEquals(201, enrolled.status(), enrolled.toString());
    return email;
  }

  static String webinar(String title, LocalDateTime start) {
    return "{\"kind\":\"webinar\",\"title\":\""
        + title
        + "\",\"description\":\"Several instances, one reminder.\",\"startsAt\":\""
        + start
        + "\",\"timeZone\":\"Europe/Brussels\",\"durationMinutes\":60,\"capacity\":10,"
        + "\"joinUrl\":\"https://meet.example.org/cluster\",\"country\":\"NP\","
        + "\"moduleIds\":[\"toolkit-health\"],\"trainerEmails\":[\""
        + ADMIN
        + "\"]}";
  }

  static List<MimeMessage> reminders(String email) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> addressedTo(m, email) && subject(m).startsWith("In one hour:"))
        .toList();
  }

  static boolean addressedTo(MimeMessage message, String email) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(email));
    } catch (MessagingException e) {
      return false;
    }
  }

  static String subject(MimeMessage message) {
    try {
      String subject = message.getSubject();
      return subject == null ? "" : subject;
    } catch (MessagingException e) {
      return "";
    }
  }

  static URI root(String name) {
    return URI.create("http://127.0.0.1:" + HTTP_PORT.get(name) + "/");
  }

  /** The instance the balancer keeps this browser on, from its cookie. */
  static String node(WebDriver browser) {
    Cookie cookie = browser.manage().getCookieNamed("MMICD_NODE");
    return cookie == null ? "" : cookie.getValue();
  }

  /** What HAProxy's status page says of a server: UP, DOWN, … (the CSV's 18th column). */
  static String balancerSays(String server) {
    try {
      HttpResponse<String> csv =
          http.send(
              HttpRequest.newBuilder(BALANCER.resolve("lb-status;csv")).build(),
              HttpResponse.BodyHandlers.ofString());
      return csv.body()
          .lines()
          .filter(l -> l.startsWith("instances," + server + ","))
          .map(l -> l.split(",")[17])
          .findFirst()
          .orElse("");
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  static void awaitBalancerSays(String server, String status) throws InterruptedException {
    awaitTrue(
        () -> balancerSays(server).startsWith(status),
        "the balancer sees " + server + " " + status);
  }

  static int status(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + DEADLINE + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  static String seconds(long since) {
    return String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
  }

  static void measure(String what, String value) {
    String line = what + ": " + value;
    measured.add(line);
    System.out.println("[cluster] " + line);
  }
}
