package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What survives a crash and an outage, on a Payara Micro and a PostgreSQL server of this class's
 * own (not the shared ones, which other tests need alive): progress reports sent while the
 * application is killed with {@code kill -9} are all in the database afterwards when they were
 * acknowledged, and replays add nothing; while PostgreSQL is down the API answers 503 at once and
 * recovers by itself; password checks beyond the cap are turned away, not queued. The methods share
 * the one server, in this order. (That too few PBKDF2 iterations stop the deployment is checked by
 * SignInProtectionTest on the check itself, without a third boot here.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

  static final String PASSWORD = "correct-horse-1";
  static final String LESSON = "it-certificate.first";

  static PostgresCluster database;
  static PayaraProcess payara;
  static String email;
  static String token;
  static long enrollment;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    database = PostgresCluster.create();
    payara = PayaraProcess.start("durability", environment(Map.of()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (payara != null) {
      payara.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  /**
   * The own server's settings: its database, the small test library, no demo data, and one password
   * check at a time at a high cost, so that a few parallel sign-ins meet the cap.
   */
  static Map<String, String> environment(Map<String, String> more) {
    Map<String, String> environment = new HashMap<>();
    environment.put("MMICD_DB_URL", database.jdbcUrl());
    environment.put("MMICD_DB_USER", PostgresCluster.USER);
    environment.put("MMICD_DB_PASSWORD", "unused");
    environment.put("MMICD_DEMO", "false");
    environment.put(
        "MMICD_CONTENT_DIR", Path.of("src", "test", "content").toAbsolutePath().toString());
    environment.put("MMICD_ADMIN_EMAIL", "root@mmicd.test");
    environment.put("MMICD_ADMIN_PASSWORD", "Root-password-1");
    environment.put("MMICD_SMTP_HOST", "");
    environment.put("MMICD_PASSWORD_ITERATIONS", "2000000");
    environment.put("MMICD_SIGNIN_CONCURRENT_CHECKS", "1");
    environment.putAll(more);
    return environment;
  }

  @Test
  @Order(1)
  void passwordChecksBeyondTheCapAreTurnedAwayAtOnce() throws Exception {
    Api anonymous = Api.anonymous(payara.root());
    email = "it-durable-" + UUID.randomUUID() + "@example.org";
    Api.Reply registered =
        anonymous.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Durable Learner\",\"password\":\""
                + PASSWORD
                + "\",\"country\":\"NP\",\"language\":\"en\"}");
    assertEquals(201, registered.status(), registered.toString());
    Api basic = anonymous.withBasic(email, PASSWORD);

    // One check at a time, each about half a second at 2,000,000 iterations: of ten at once,
    // those that cannot start within two seconds are told to come back, none waits for long.
    List<Callable<Api.Reply>> signIns = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      signIns.add(() -> basic.get("me"));
    }
    long started = System.nanoTime();
    List<Api.Reply> replies = HardeningIT.parallel(signIns);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long ok = replies.stream().filter(r -> r.status() == 200).count();
    List<Api.Reply> busy = replies.stream().filter(r -> r.status() == 503).toList();
    assertEquals(10, ok + busy.size(), "only 200 or 503: " + replies);
    assertTrue(ok >= 1, "some are checked: " + replies);
    assertTrue(!busy.isEmpty(), "some are turned away: " + replies);
    for (Api.Reply reply : busy) {
      assertEquals("1", reply.header("Retry-After"));
      assertTrue(reply.body().contains("sign-in.busy"), reply.body());
    }
    System.out.printf(
        "Password-check cap: %d of 10 parallel sign-ins checked, %d turned away, in %d ms%n",
        ok, busy.size(), took.toMillis());

    Api.Reply issued = basic.post("me/tokens", "{\"name\":\"durability\"}");
    assertEquals(201, issued.status(), issued.toString());
    token = issued.json().getString("token");
    Api.Reply enrolled =
        anonymous.withToken(token).post("enrollments", "{\"courseId\":\"it-certificate-course\"}");
    assertEquals(201, enrolled.status(), enrolled.toString());
    enrollment = enrolled.json().getInt("id");
  }

  @Test
  @Order(2)
  void everyAcknowledgedReportSurvivesKillNineAndReplaysAddNothing() throws Exception {
    Map<String, String> acknowledged = Collections.synchronizedMap(new LinkedHashMap<>());
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    ExecutorService writers = Executors.newFixedThreadPool(4);
    List<Future<?>> running = new ArrayList<>();
    URI root = payara.root();
    for (int w = 0; w < 4; w++) {
      running.add(
          writers.submit(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  String event = UUID.randomUUID().toString();
                  sent.add(event);
                  try {
                    HttpResponse<String> reply = report(root, event);
                    if (reply.statusCode() == 200) {
                      acknowledged.put(event, reply.body());
                    }
                  } catch (IOException dead) {
                    return null;
                  }
                }
                return null;
              }));
    }
    awaitAcknowledged(acknowledged, 40);
    payara.kill();
    for (Future<?> writer : running) {
      writer.get();
    }
    writers.shutdownNow();
    Map<String, String> before = Map.copyOf(acknowledged);
    System.out.printf(
        "kill -9 after %d reports acknowledged, %d sent%n", before.size(), sent.size());

    payara = PayaraProcess.start("durability", environment(Map.of()));
    int afterRestart = seconds();
    assertTrue(
        afterRestart >= before.size(),
        "every acknowledged report counts: " + afterRestart + " < " + before.size());
    for (Map.Entry<String, String> event : before.entrySet()) {
      HttpResponse<String> replay = report(payara.root(), event.getKey());
      assertEquals(200, replay.statusCode(), replay.body());
      assertEquals(event.getValue(), replay.body(), "the stored answer");
    }
    assertEquals(afterRestart, seconds(), "replays of acknowledged reports add nothing");

    // Reports whose answer was lost in the crash are sent again, as a client does: each counts
    // once, whether or not it had been written before the kill.
    for (String event : List.copyOf(sent)) {
      assertEquals(200, report(payara.root(), event).statusCode());
    }
    assertEquals(sent.size(), seconds(), "each report once, one second each");
  }

  @Test
  @Order(3)
  void whilePostgresqlIsDownTheApiAnswers503AtOnceAndRecoversByItself() throws Exception {
    Api learner = Api.anonymous(payara.root()).withToken(token);
    assertEquals(200, learner.get("me/enrollments").status());
    database.stop();
    try {
      for (String path : List.of("me/enrollments", "enrollments/" + enrollment)) {
        long started = System.nanoTime();
        Api.Reply down = learner.get(path);
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        assertEquals(503, down.status(), down.toString());
        assertTrue(down.contentType().startsWith("application/problem+json"), down.contentType());
        assertTrue(down.header("Retry-After") != null);
        assertTrue(millis < 10_000, "answered in " + millis + " ms");
        System.out.printf("PostgreSQL down: %s answered 503 in %d ms%n", path, millis);
      }
      Api.Reply basic = Api.anonymous(payara.root()).withBasic(email, PASSWORD).get("me");
      assertEquals(503, basic.status(), "sign-in cannot be checked either: " + basic);
    } finally {
      database.start();
    }
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(60).toNanos();
    int status;
    do {
      Thread.sleep(250);
      status = learner.get("me/enrollments").status();
    } while (status != 200 && System.nanoTime() < deadline);
    assertEquals(200, status, "the API recovers by itself once PostgreSQL is back");
    System.out.printf(
        "PostgreSQL back: the API answered 200 after %d ms%n",
        Duration.ofNanos(System.nanoTime() - started).toMillis());
  }

  // --- helpers

  HttpResponse<String> report(URI root, String event) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(root.resolve("api/v1/enrollments/" + enrollment + "/progress"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(HardeningIT.report(event, LESSON, 1)))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  int seconds() {
    return HardeningIT.secondsOn(Api.anonymous(payara.root()).withToken(token), enrollment, LESSON);
  }

  static void awaitAcknowledged(Map<String, String> acknowledged, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < count) {
      assertTrue(System.nanoTime() < deadline, "only " + acknowledged.size() + " acknowledged");
      Thread.sleep(20);
    }
  }
}
