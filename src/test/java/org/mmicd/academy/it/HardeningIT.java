package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 against the shared server: guessing passwords is slowed and stopped, registration and
 * tokens give nothing away, parallel requests lose nothing, bad input is a clear 4xx, and what is
 * not for the public is not public. The failsafe configuration makes the sign-in delays short
 * (MMICD_SIGNIN_DELAY_BASE_MS=2000, an account locks after 6 failures, an address after 20) and
 * trusts X-Forwarded-For from 127.0.0.1, so each guessing test stands at an address of its own and
 * never slows the other tests.
 */
@ExtendWith(Platform.class)
class HardeningIT {

  static final String ADMIN = "root@mmicd.test";
  static final String ADMIN_PASSWORD = "Root-password-1";
  static final String PASSWORD = "correct-horse-1";
  static final String PUBLIC_URL = "http://academy.mmicd.test";

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  Api anonymous;
  Api admin;

  @BeforeEach
  void connect() {
    anonymous = Platform.api();
    admin = anonymous.withBasic(ADMIN, ADMIN_PASSWORD);
  }

  // --- Accounts

  @Test
  void guessingOnePasswordGetsSlowerThenLocksTheAccountUntilAnAdminLiftsIt() throws Exception {
    String email = register("NP");
    String address = address();
    for (int failure = 1; failure <= 3; failure++) {
      assertEquals(401, basic(email, "guess-" + failure, address).statusCode(), "typos are free");
    }
    // The fourth failure makes the next try wait 2 s; even the right password is not checked.
    assertEquals(401, basic(email, "guess-4", address).statusCode());
    HttpResponse<String> waiting = basic(email, PASSWORD, address, "Accept-Language", "es");
    assertEquals(429, waiting.statusCode(), waiting.body());
    assertTrue(waiting.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    long retryAfter = Long.parseLong(waiting.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
    assertTrue(
        waiting.body().contains("espere"), "told in the caller's language: " + waiting.body());

    // Lifted by time: once the wait is over, a try is checked again; the next wait is longer.
    awaitNot429(() -> basic(email, "guess-5", address));
    HttpResponse<String> longer = basic(email, PASSWORD, address);
    assertEquals(429, longer.statusCode(), longer.body());
    awaitNot429(() -> basic(email, "guess-6", address));

    // The sixth failure locks the account for 15 minutes, from every address and on the form.
    HttpResponse<String> locked = basic(email, PASSWORD, address());
    assertEquals(429, locked.statusCode(), locked.body());
    assertTrue(
        Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow()) > 800,
        "locked for about 15 minutes");
    assertTrue(locked.body().contains("urn:mmicd:problem:sign-in.locked"), locked.body());
    String page = formSignIn(email, PASSWORD);
    assertTrue(page.contains("Sign-in is locked for 15 minutes"), "the sign-in page says so");

    JsonObject lock = lockOf("account", email);
    assertNotNull(lock, "admins see the lock");
    assertTrue(lock.getBoolean("locked"));
    assertEquals(6, lock.getInt("failures"));
    assertEquals(
        403,
        anonymous.withBasic(register("EC"), PASSWORD).get("admin/sign-in-locks").status(),
        "only admins see locks");
    Api.Reply lifted = admin.delete("admin/sign-in-locks/account/" + encode(email));
    assertEquals(204, lifted.status(), lifted.toString());
    assertNull(lockOf("account", email));
    assertEquals(200, basic(email, PASSWORD, address).statusCode(), "lifted by an admin");
  }

  @Test
  void oneAddressGuessingAtManyAccountsIsSlowedForEveryAccountFromThere() throws Exception {
    String email = register("MG");
    String guesser = address();
    // Half the failures that lock an address are free (an office behind one address mistypes),
    // here ten, each at another made-up account so that no account of its own is slowed.
    for (int failure = 1; failure <= 11; failure++) {
      HttpResponse<String> guess =
          basic("nobody-" + UUID.randomUUID() + "@example.org", "x", guesser);
      assertEquals(401, guess.statusCode(), "failure " + failure + ": " + guess.body());
    }
    HttpResponse<String> refused = basic(email, PASSWORD, guesser);
    assertEquals(429, refused.statusCode(), "the right password for another account must wait");
    assertEquals(200, basic(email, PASSWORD, address()).statusCode(), "from elsewhere it works");

    JsonObject lock = lockOf("address", guesser);
    assertNotNull(lock, "admins see the address");
    assertFalse(lock.getBoolean("locked"), "a growing delay, not yet a lock");
    assertEquals(204, admin.delete("admin/sign-in-locks/address/" + guesser).status());
    assertEquals(200, basic(email, PASSWORD, guesser).statusCode());
  }

  @Test
  void registrationAnswersTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
    String owner = register("NP");
    String fresh = "it-hard-" + UUID.randomUUID() + "@example.org";
    Api.Reply created = anonymous.post("accounts", registration(fresh, "New Person", "NP"));
    Api.Reply taken = anonymous.post("accounts", registration(owner, "Somebody Else", "EC"));
    assertEquals(201, created.status(), created.toString());
    assertEquals(201, taken.status(), taken.toString());
    assertEquals(
        created.body().replace(fresh, "ADDRESS"),
        taken.body().replace(owner, "ADDRESS"),
        "the same answer, but for the address");
    assertFalse(taken.body().contains("exists"), taken.body());
    assertNull(taken.header("Location"));

    MailServer.awaitMail(
        owner, s -> s.equals("Someone tried to open an account with your address"));
    assertEquals(200, anonymous.withBasic(owner, PASSWORD).get("me").status(), "nothing changed");
    assertEquals(
        "Test Learner",
        anonymous.withBasic(owner, PASSWORD).get("me").json().getString("displayName"));
    assertEquals(200, anonymous.withBasic(fresh, "another-horse-1").get("me").status());
  }

  @Test
  void tokensExpireAndOnlyAPasswordMakesThem() {
    Api learner = anonymous.withBasic(register("EC"), PASSWORD);
    Instant now = Instant.now();
    JsonObject standard = learner.post("me/tokens", "{\"name\":\"nightly report\"}").json();
    assertNear(now.plus(Duration.ofDays(90)), Instant.parse(standard.getString("expiresAt")));
    Api.Reply week = learner.post("me/tokens", "{\"name\":\"a week\",\"expiresInDays\":7}");
    assertEquals(201, week.status(), week.toString());
    assertNear(now.plus(Duration.ofDays(7)), Instant.parse(week.json().getString("expiresAt")));
    assertEquals(
        400, learner.post("me/tokens", "{\"name\":\"for ever\",\"expiresInDays\":366}").status());
    assertTrue(learner.get("me/tokens").body().contains("\"expiresAt\""), "listed with expiry");

    Api byToken = anonymous.withToken(standard.getString("token"));
    assertEquals(200, byToken.get("me").status());
    Api.Reply minted = byToken.post("me/tokens", "{\"name\":\"a copy that outlives me\"}");
    assertEquals(403, minted.status(), minted.toString());
    assertTrue(minted.body().contains("token.not-with-token"), minted.body());
  }

  @Test
  void calendarFeedUrlsAreShownOnceAndBuiltFromThePublicAddressNotTheHostHeader() throws Exception {
    Api learner = anonymous.withToken(token(register("NP")));
    JsonObject first = learner.get("me/calendar").json();
    String url = first.getString("url");
    assertTrue(url.startsWith(PUBLIC_URL + "/api/v1/calendar/"), url);
    assertEquals(200, anonymous.get(URI.create(url).getPath(), "text/calendar").status());
    JsonObject again = learner.get("me/calendar").json();
    assertFalse(again.containsKey("url"), "kept as a hash, the secret cannot be shown again");
    assertEquals(first.getString("createdAt"), again.getString("createdAt"));

    String renewed = learner.post("me/calendar/renewal", "").json().getString("url");
    assertNotEquals(url, renewed);
    assertEquals(404, anonymous.get(URI.create(url).getPath(), "text/calendar").status());
    assertEquals(200, anonymous.get(URI.create(renewed).getPath(), "text/calendar").status());

    // A Host header of the caller's choosing never reaches a Location header.
    String location = locationWithHost("attacker.example:" + Platform.root().getPort());
    assertTrue(location.startsWith(PUBLIC_URL + "/api/v1/enrollments/"), location);
  }

  // --- No lost data under concurrency

  @Test
  void thirtyParallelProgressReportsAddUpExactly() throws Exception {
    Api learner = anonymous.withToken(token(register("NP")));
    long enrollment =
        learner.post("enrollments", "{\"courseId\":\"mmicd-blended\"}").json().getInt("id");
    String lesson = "toolkit-health.why-health";
    List<String> events = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      events.add(UUID.randomUUID().toString());
    }
    List<Api.Reply> replies =
        parallel(
            events.stream()
                .<Callable<Api.Reply>>map(
                    event ->
                        () -> learner.post(progressPath(enrollment), report(event, lesson, 10)))
                .toList());
    for (Api.Reply reply : replies) {
      assertEquals(200, reply.status(), reply.toString());
    }
    assertEquals(300, secondsOn(learner, enrollment, lesson), "every acknowledged report counts");

    // Replays of acknowledged reports, in parallel too, add nothing and get the same answer.
    List<Api.Reply> replays =
        parallel(
            events.subList(0, 10).stream()
                .<Callable<Api.Reply>>map(
                    event ->
                        () -> learner.post(progressPath(enrollment), report(event, lesson, 10)))
                .toList());
    for (int i = 0; i < replays.size(); i++) {
      assertEquals(200, replays.get(i).status(), replays.get(i).toString());
      assertEquals(replies.get(i).body(), replays.get(i).body(), "the stored answer");
    }
    assertEquals(300, secondsOn(learner, enrollment, lesson));
  }

  @Test
  void parallelQuizStartsAllGetTheOneOpenAttempt() throws Exception {
    Api learner = anonymous.withToken(token(register("NP")));
    assertEquals(201, learner.post("enrollments", "{\"courseId\":\"mmicd-blended\"}").status());
    String quiz = "quizzes/guidelines-why-migration/attempts";
    List<Api.Reply> starts =
        parallel(
            java.util.stream.IntStream.range(0, 12)
                .<Callable<Api.Reply>>mapToObj(i -> () -> learner.post(quiz, "{}"))
                .toList());
    Set<Integer> attempts = new HashSet<>();
    for (Api.Reply start : starts) {
      assertEquals(201, start.status(), start.toString());
      attempts.add(start.json().getInt("id"));
    }
    assertEquals(1, attempts.size(), "one attempt for all: " + attempts);
    assertEquals(1, learner.get("quizzes/guidelines-why-migration/my-attempts").array().size());
  }

  // --- Bad input

  @Test
  void badInputIsAClearFourHundredNeverAFiveHundred() throws Exception {
    Api learner = anonymous.withToken(token(register("NP")));
    long enrollment =
        learner.post("enrollments", "{\"courseId\":\"mmicd-blended\"}").json().getInt("id");
    long attempt =
        learner.post("quizzes/guidelines-why-migration/attempts", "{}").json().getInt("id");
    String answers = "attempts/" + attempt + "/answers/1";
    Map<String, Api.Reply> replies = new LinkedHashMap<>();

    // Bodies that say they are too large are refused before a byte is read (none is sent here).
    String json = raw(progressPath(enrollment), "Content-Type: application/json", 2 << 20, null);
    assertTrue(json.startsWith("HTTP/1.1 413"), json);
    assertTrue(json.contains("application/problem+json") && json.contains("1 MB"), json);
    String gift = raw("gift/convert", "Content-Type: text/plain; charset=UTF-8", 6 << 20, null);
    assertTrue(gift.startsWith("HTTP/1.1 413") && gift.contains("5 MB"), gift);
    // A body sent in chunks, without a length, is cut off at the cap.
    String chunked =
        raw(
            progressPath(enrollment),
            "Content-Type: application/json\r\nTransfer-Encoding: chunked",
            -1,
            new byte[(1 << 20) + 64]);
    assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);

    replies.put("405 a method the address does not take", learner.delete("courses"));
    replies.put(
        "415 text for a JSON operation",
        learner.post(
            "enrollments",
            "courseId=mmicd-blended".getBytes(StandardCharsets.UTF_8),
            "text/plain"));
    replies.put(
        "400 2^63 as an option", learner.put(answers, "{\"choices\":[9223372036854775808]}"));
    replies.put("400 yes for true", learner.put(answers, "{\"value\":\"yes\"}"));
    replies.put("400 number for text", learner.put(answers, "{\"text\":5}"));
    replies.put("400 repeated key", learner.put(answers, "{\"choices\":[0],\"choices\":[1]}"));
    replies.put(
        "400 trailing content", learner.put(answers, "{\"choices\":[0]} {\"choices\":[1]}"));
    replies.put("400 JSON array for an object", learner.put(answers, "[]"));
    replies.put(
        "400 seconds that wrap",
        learner.post(
            progressPath(enrollment),
            report(UUID.randomUUID().toString(), "toolkit-health.why-health", 0)
                .replace("\"secondsSpent\":0", "\"secondsSpent\":4294967306")));
    replies.put(
        "404 a lesson id of 5000 characters, echoed cut",
        learner.post(
            progressPath(enrollment), report(UUID.randomUUID().toString(), "x".repeat(5000), 1)));

    replies.put(
        "400 start in year +999999999",
        admin.post("sessions", session("Far", "+999999999-12-31T23:59")));
    replies.put("400 start in year 0", admin.post("sessions", session("Zero", "0000-06-01T10:00")));
    replies.put(
        "400 title with a NUL",
        admin.post("sessions", session("Bad\\u0000title", "2027-06-01T10:00")));
    replies.put(
        "400 title with a right-to-left override",
        admin.post("sessions", session("Web\\u202Eranibew", "2027-06-01T10:00")));
    replies.put("400 from in year 1e9", admin.get("sessions?from=%2B1000000000-01-01T00:00:00Z"));
    replies.put(
        "400 page 2^31-1", admin.get("reports/quizzes/toolkit-health/attempts?page=2147483647"));
    replies.put("400 page abc", admin.get("reports/quizzes/toolkit-health/attempts?page=abc"));
    replies.put("400 negative offset", admin.get("certificates?offset=-1"));
    replies.put("400 offset abc", admin.get("admin/outbox?offset=abc"));
    replies.put(
        "400 name with a control character",
        anonymous.post(
            "accounts",
            registration("it-hard-" + UUID.randomUUID() + "@example.org", "Ana\\u0007", "NP")));
    replies.put(
        "400 name with an isolate",
        anonymous.post(
            "accounts",
            registration(
                "it-hard-" + UUID.randomUUID() + "@example.org", "Ana \\u2066x\\u2069", "NP")));

    for (Map.Entry<String, Api.Reply> entry : replies.entrySet()) {
      Api.Reply reply = entry.getValue();
      int expected = Integer.parseInt(entry.getKey().substring(0, 3));
      assertEquals(expected, reply.status(), entry.getKey() + ": " + reply);
      assertTrue(reply.contentType().startsWith("application/problem+json"), entry.getKey());
      for (String leak : List.of("class ", "java.", "org.mmicd", "Exception", "jakarta.")) {
        assertFalse(reply.body().contains(leak), entry.getKey() + " names " + leak + ": " + reply);
      }
      assertTrue(reply.body().length() < 1200, entry.getKey() + ": " + reply.body().length());
    }
    assertEquals(
        "choices[0]",
        replies
            .get("400 2^63 as an option")
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"));
    assertEquals(
        "startsAt",
        replies
            .get("400 start in year 0")
            .json()
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"));
    assertEquals(0, secondsOn(learner, enrollment, "toolkit-health.why-health"), "nothing wrapped");

    Api.Reply french =
        new Api.Reply(
            send(
                HttpRequest.newBuilder(Platform.root().resolve("api/v1/sessions?from=0000-01-01"))
                    .header("Authorization", basicHeader(ADMIN, ADMIN_PASSWORD))
                    .header("Accept-Language", "fr")
                    .GET()));
    assertEquals(400, french.status());
    assertTrue(
        french.body().contains("doit être une date entre les années 1900 et 2200"), french.body());
  }

  // --- Not for the public

  @Test
  void metricsAndTheWadlAreNotPublicAndReadinessNamesNoProduct() {
    URI metrics = Platform.root().resolve("/metrics");
    assertEquals(401, Api.anonymous(metrics).get(metrics.toString()).status());
    assertEquals(
        403,
        Api.anonymous(metrics)
            .withBasic(register("EC"), PASSWORD)
            .get(metrics.toString())
            .status());
    Api.Reply forAdmins =
        Api.anonymous(metrics)
            .withBasic(ADMIN, ADMIN_PASSWORD)
            .get(metrics.toString(), "text/plain");
    assertEquals(200, forAdmins.status());
    assertEquals(404, anonymous.get("application.wadl", "application/vnd.sun.wadl+xml").status());

    URI ready = Platform.root().resolve("/health/ready");
    Api.Reply readiness = Api.anonymous(ready).get(ready.toString());
    assertEquals(200, readiness.status());
    for (String product : List.of("product", "H2", "PostgreSQL")) {
      assertFalse(readiness.body().contains(product), readiness.body());
    }
    URI live = Platform.root().resolve("/health/live");
    assertEquals(200, Api.anonymous(live).get(live.toString()).status(), "liveness stays public");
  }

  // --- helpers

  /** A new learner with a unique e-mail and the test password. */
  String register(String country) {
    String email = "it-hard-" + UUID.randomUUID() + "@example.org";
    Api.Reply reply = anonymous.post("accounts", registration(email, "Test Learner", country));
    assertEquals(201, reply.status(), reply.toString());
    return email;
  }

  static String registration(String email, String name, String country) {
    return "{\"email\":\""
        + email
        + "\",\"displayName\":\""
        + name
        + "\",\"password\":\""
        + (name.equals("New Person") ? "another-horse-1" : PASSWORD)
        + "\",\"country\":\""
        + country
        + "\",\"language\":\"en\"}";
  }

  String token(String email) {
    Api.Reply issued = anonymous.withBasic(email, PASSWORD).post("me/tokens", "{\"name\":\"it\"}");
    assertEquals(201, issued.status(), issued.toString());
    return issued.json().getString("token");
  }

  /** An address from TEST-NET-3, unique enough that no other test shares its failures. */
  static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
  }

  HttpResponse<String> basic(String email, String password, String address, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Platform.root().resolve("api/v1/me"))
            .header("Authorization", basicHeader(email, password))
            .header("X-Forwarded-For", address)
            .header("Accept", "application/json, application/problem+json")
            .GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  static String basicHeader(String email, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Tries again while the answer is 429, as a client that obeys Retry-After does. */
  static void awaitNot429(Callable<HttpResponse<String>> attempt) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      HttpResponse<String> response = attempt.call();
      if (response.statusCode() != 429) {
        assertEquals(401, response.statusCode(), response.body());
        return;
      }
      assertTrue(System.nanoTime() < deadline, "still 429 after 30 s: " + response.body());
      Thread.sleep(200);
    }
  }

  JsonObject lockOf(String kind, String subject) {
    Api.Reply locks = admin.get("admin/sign-in-locks");
    assertEquals(200, locks.status(), locks.toString());
    return locks.array().getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("kind").equals(kind) && l.getString("subject").equals(subject))
        .findFirst()
        .orElse(null);
  }

  /** The sign-in form posted with these credentials; the page that comes back. */
  static String formSignIn(String email, String password) {
    WebSession.Page page = new WebSession(Platform.root()).postSignIn(email, password);
    assertEquals(200, page.status());
    assertTrue(page.uri().getPath().endsWith("login.xhtml"), "not signed in: " + page.uri());
    return page.html();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String progressPath(long enrollment) {
    return "enrollments/" + enrollment + "/progress";
  }

  static String report(String event, String lesson, int seconds) {
    return "{\"eventId\":\""
        + event
        + "\",\"lessonId\":\""
        + lesson
        + "\",\"state\":\"in_progress\",\"secondsSpent\":"
        + seconds
        + "}";
  }

  static int secondsOn(Api learner, long enrollment, String lesson) {
    return learner.get("enrollments/" + enrollment).json().getJsonArray("modules").stream()
        .map(JsonObject.class::cast)
        .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
        .filter(l -> l.getString("lessonId").equals(lesson))
        .findFirst()
        .orElseThrow()
        .getInt("secondsSpent");
  }

  static String session(String title, String startsAt) {
    return "{\"kind\":\"webinar\",\"title\":\""
        + title
        + "\",\"startsAt\":\""
        + startsAt
        + "\",\"timeZone\":\"Europe/Brussels\",\"durationMinutes\":60,\"capacity\":10,"
        + "\"joinUrl\":\"https://meet.example.org/hardening\",\"moduleIds\":[\"toolkit-health\"]}";
  }

  static void assertNear(Instant expected, Instant actual) {
    assertTrue(
        Duration.between(expected, actual).abs().compareTo(Duration.ofMinutes(5)) < 0,
        expected + " / " + actual);
  }

  /** All at once: each task waits for the others to be ready, then they go together. */
  static <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch ready = new CountDownLatch(tasks.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The answer to a POST written by hand: with {@code length} >= 0 it announces that many bytes and
   * sends none of them (a server that reads before it refuses would wait here until the timeout);
   * otherwise it sends {@code chunk} as one chunk of a chunked body. The JDK's client cannot do
   * either: it fails when the server answers before the whole body is sent.
   */
  String raw(String path, String headers, int length, byte[] chunk) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", Platform.root().getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/"
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                  + basicHeader(ADMIN, ADMIN_PASSWORD)
                  + "\r\n"
                  + headers
                  + (length >= 0 ? "\r\nContent-Length: " + length : "")
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      if (chunk != null) {
        try {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          out.write(chunk);
          out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException answeredEarly) {
          // the server refused before it read everything: its answer is what counts
        }
      }
      out.flush();
      return readAnswer(socket.getInputStream());
    }
  }

  /** One HTTP answer, headers and body, read as far as its Content-Length says. */
  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      answer.write(b);
      String text = answer.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      if (end >= 0) {
        int length =
            text.lines()
                .filter(l -> l.regionMatches(true, 0, "Content-Length:", 0, 15))
                .map(l -> Integer.parseInt(l.substring(15).strip()))
                .findFirst()
                .orElse(0);
        answer.write(in.readNBytes(length));
        break;
      }
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  /**
   * Enrols a new learner with a raw HTTP request whose Host header the test chooses (the JDK's
   * client does not let a caller set it) and returns the Location header of the answer.
   */
  String locationWithHost(String host) throws IOException {
    String email = register("EC");
    String body = "{\"courseId\":\"mmicd-blended\"}";
    try (Socket socket = new Socket("127.0.0.1", Platform.root().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/enrollments HTTP/1.1\r\n"
                  + "Host: "
                  + host
                  + "\r\nAuthorization: "
                  + basicHeader(email, PASSWORD)
                  + "\r\nContent-Type: application/json\r\nAccept: application/json"
                  + "\r\nContent-Length: "
                  + body.length()
                  + "\r\nConnection: close\r\n\r\n"
                  + body)
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String text = readAnswer(socket.getInputStream());
      assertTrue(text.startsWith("HTTP/1.1 201"), text);
      return text.lines()
          .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
          .map(l -> l.substring(9).strip())
          .findFirst()
          .orElseThrow(() -> new AssertionError("no Location: " + text));
    }
  }
}
