package org.mmicd.academy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmicd.academy.it.WebSession;

/**
 * The benchmark's second process: drives load over loopback at the application running on the
 * national data set, runs pgbench against the same PostgreSQL server in the same run, samples the
 * application's resident memory, and prints one table with every figure as a ratio to its
 * yardstick. Started by {@code bench/run.sh}, which passes what it measured itself (start-up times,
 * data load) in a properties file.
 *
 * <pre>
 * java -cp ... org.mmicd.academy.bench.LoadDriver http://127.0.0.1:8092 \
 *     jdbc:postgresql://127.0.0.1:5432/mmicd_bench mmicd mmicd &lt;app pid&gt; target/bench/run.properties
 * </pre>
 */
public final class LoadDriver {

  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
  private static final Pattern QUERIES = Pattern.compile("\"queries\"\\s*:\\s*(\\d+)");

  private final String base;
  private final HttpClient http;
  private final Properties settings;
  private final int clients;
  private final int seconds;
  private final long seed;
  private final List<String> only;

  private LoadDriver(String base, Properties settings) {
    this.base = base;
    this.settings = settings;
    this.clients = Integer.parseInt(settings.getProperty("clients", "8"));
    this.seconds = Integer.parseInt(settings.getProperty("seconds", "15"));
    this.seed = Long.parseLong(settings.getProperty("seed", "20261130"));
    this.only =
        List.of(settings.getProperty("only", "").split("[ ,]+")).stream()
            .filter(name -> !name.isEmpty())
            .toList();
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
  }

  public static void main(String[] args) {
    try {
      drive(args);
      System.exit(0);
    } catch (Exception | Error e) {
      // The HTTP client's threads would keep the JVM, and so the script, waiting.
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void drive(String[] args) throws Exception {
    Properties settings = new Properties();
    Path figures = Path.of(args[5]);
    if (Files.exists(figures)) {
      try (var in = Files.newBufferedReader(figures, StandardCharsets.UTF_8)) {
        settings.load(in);
      }
    }
    LoadDriver driver = new LoadDriver(args[0], settings);
    long pid = Long.parseLong(args[4]);
    Memory memory = new Memory(pid);
    memory.start();
    List<Row> table;
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      table = driver.run(db, args[1], args[2], args[3]);
    } finally {
      memory.stop();
    }
    table.add(
        new Row(
            "resident memory of the app (-Xmx512m), max during load / after",
            String.format(Locale.ROOT, "%.0f / %.0f MiB", memory.maxMiB(), memory.lastMiB()),
            "",
            "",
            "≤ 600 MiB",
            memory.maxMiB() <= 600));
    String printed = Row.print(table, settings);
    System.out.println(printed);
    Files.writeString(figures.resolveSibling("table.md"), printed);
  }

  private List<Row> run(Connection db, String url, String user, String password) throws Exception {
    List<Row> rows = new ArrayList<>();
    Learners learners = Learners.read(db, seed);
    System.out.printf(
        "%d learners with an active enrolment, %d ready to start the quiz %s%n",
        learners.active.size(), learners.quizStarters.size(), learners.quizModule);

    Latencies health = closedLoop("/health", i -> get("/health", null));
    rows.add(Row.throughput("`/health` (yardstick of the HTTP figures)", health, null, "", ""));

    if (runs("progress")) {
      Latencies progress = closedLoop("progress saves", i -> progress(learners.active.get(i)));
      double pgbench = pgbench(db, url, user, password);
      rows.add(
          Row.throughput(
                  "progress-event saves, distinct learners",
                  progress,
                  pgbench,
                  "pgbench insert " + String.format(Locale.ROOT, "%,.0f tps", pgbench),
                  "≥ 40 %, p99 ≤ 25 ms")
              .met(progress.perSecond() >= 0.4 * pgbench && progress.percentile(99) <= 25));
    }

    if (runs("lesson")) {
      Latencies lesson =
          closedLoop(
              "lesson JSON",
              i -> {
                Learner learner = learners.active.get(i);
                return get(
                    "/api/v1/courses/" + learner.courseId + "/lessons/" + learner.lessonId,
                    learner.token);
              });
      rows.add(Row.throughput("lesson JSON (REST)", lesson, health.perSecond(), "/health", ""));
    }

    if (runs("enrollments")) {
      Latencies enrollments =
          closedLoop(
              "me/enrollments", i -> get("/api/v1/me/enrollments", learners.active.get(i).token));
      rows.add(
          Row.throughput("`GET /me/enrollments`", enrollments, health.perSecond(), "/health", ""));
    }

    if (runs("page")) {
      List<String> sessions = signIn(learners.active.subList(0, clients * 2));
      List<Learner> signedIn = learners.active.subList(0, sessions.size());
      Latencies page =
          openLoop(
              "Faces lesson page",
              100,
              10,
              i -> {
                Learner learner = signedIn.get(i % signedIn.size());
                return page(
                    "/learn/lesson.xhtml?course="
                        + learner.courseId
                        + "&lesson="
                        + URLEncoder.encode(learner.lessonId, StandardCharsets.UTF_8),
                    sessions.get(i % sessions.size()));
              });
      rows.add(
          Row.throughput(
                  "signed-in lesson page (Faces) at 100/s",
                  page,
                  health.perSecond(),
                  "/health",
                  "p95 ≤ 150 ms")
              .met(page.percentile(95) <= 150 && page.failed() == 0));
    }

    if (runs("dashboard")) {
      String coordinator = NationalTokens.secretOf(seed, NationalDataSet.COORDINATOR);
      int[] queries = {-1};
      get("/api/v1/reports/dashboard", coordinator);
      Latencies dashboard =
          sequential(
              10,
              () -> {
                HttpResponse<String> answer =
                    send(request("/api/v1/reports/dashboard", coordinator).GET().build());
                Matcher m = QUERIES.matcher(answer.body());
                if (m.find()) {
                  queries[0] = Integer.parseInt(m.group(1));
                }
                return answer.statusCode() == 200;
              });
      rows.add(
          new Row(
                  "completion dashboard, all countries (" + queries[0] + " SQL statements)",
                  ms(dashboard),
                  "",
                  "",
                  "≤ 300 ms, ≤ 5 statements",
                  true)
              .met(dashboard.percentile(95) <= 300 && queries[0] >= 0 && queries[0] <= 5));
    }

    if (runs("quiz")) {
      int starters = Math.min(1000, learners.quizStarters.size());
      Latencies quiz =
          openLoop(
              "quiz starts",
              Math.max(1, starters / 10),
              10,
              i ->
                  send(request(
                                  "/api/v1/quizzes/" + learners.quizModule + "/attempts",
                                  learners.quizStarters.get(i % starters).token)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString("{}"))
                              .build())
                          .statusCode()
                      == 201);
      rows.add(
          new Row(
                  starters + " learners starting the same quiz within 10 s",
                  ms(quiz),
                  "",
                  "",
                  "start p95 ≤ 1 s",
                  true)
              .met(quiz.percentile(95) <= 1000 && quiz.failed() == 0));
    }

    if (runs("pdf")) {
      double[] pdfs = CertificatePdfBench.measure(500);
      rows.add(
          new Row(
              "certificate PDFs, one thread",
              String.format(Locale.ROOT, "%.0f/s by CPU time (%.0f/s wall)", pdfs[1], pdfs[0]),
              "",
              "",
              "≥ 100/s on one core",
              pdfs[1] >= 100));
    }

    return rows;
  }

  /** Whether a scenario runs: all do, unless the settings name some ({@code only=page,quiz}). */
  private boolean runs(String scenario) {
    return only.isEmpty() || only.contains(scenario);
  }

  // --- Load shapes ------------------------------------------------------------------------------

  private interface Call {
    boolean call(int index) throws Exception;
  }

  /** {@code clients} threads, each sending its next request as soon as the last one answered. */
  private Latencies closedLoop(String name, Call call) throws InterruptedException {
    AtomicInteger index = new AtomicInteger();
    runFor(Math.max(2, seconds / 5), index, call, null); // warm-up
    long[] nanos = new long[2_000_000];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    runFor(seconds, index, call, new Recorder(nanos, count, failed));
    Latencies result =
        Latencies.of(nanos, count.get(), failed.get(), (System.nanoTime() - start) / 1e9);
    report(name, result);
    return result;
  }

  private record Recorder(long[] nanos, AtomicInteger count, AtomicInteger failed) {
    void record(long took, boolean ok) {
      if (ok) {
        int i = count.getAndIncrement();
        if (i < nanos.length) {
          nanos[i] = took;
        }
      } else {
        failed.incrementAndGet();
      }
    }
  }

  private void runFor(int forSeconds, AtomicInteger index, Call call, Recorder recorder)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(forSeconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int t = 0; t < clients; t++) {
      pool.execute(
          () -> {
            while (System.nanoTime() < end) {
              long sent = System.nanoTime();
              boolean ok;
              try {
                ok = call.call(index.getAndIncrement());
              } catch (Exception e) {
                ok = false;
              }
              if (recorder != null) {
                recorder.record(System.nanoTime() - sent, ok);
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(forSeconds + 120L, TimeUnit.SECONDS);
  }

  /**
   * Requests at a fixed rate whatever the answers take; each latency counts from when its request
   * was due, so a stalled server shows in the figures instead of slowing the load down.
   */
  private Latencies openLoop(String name, int perSecond, int forSeconds, Call call)
      throws InterruptedException {
    int total = perSecond * forSeconds;
    long[] nanos = new long[total];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    long start = System.nanoTime();
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      int n = i;
      pool.execute(
          () -> {
            boolean ok;
            try {
              ok = call.call(n);
            } catch (Exception e) {
              ok = false;
            }
            new Recorder(nanos, count, failed).record(System.nanoTime() - due, ok);
          });
    }
    pool.shutdown();
    pool.awaitTermination(5, TimeUnit.MINUTES);
    double took = (System.nanoTime() - start) / 1e9;
    Latencies result = Latencies.of(nanos, count.get(), failed.get(), took);
    report(name, result);
    return result;
  }

  private interface Check {
    boolean check() throws Exception;
  }

  private static Latencies sequential(int times, Check check) throws Exception {
    long[] nanos = new long[times];
    int count = 0;
    int failed = 0;
    long start = System.nanoTime();
    for (int i = 0; i < times; i++) {
      long sent = System.nanoTime();
      if (check.check()) {
        nanos[count++] = System.nanoTime() - sent;
      } else {
        failed++;
      }
    }
    return Latencies.of(nanos, count, failed, (System.nanoTime() - start) / 1e9);
  }

  private static void report(String name, Latencies l) {
    System.out.printf(
        Locale.ROOT,
        "%-20s %8.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d ok, %d failed)%n",
        name,
        l.perSecond(),
        l.percentile(50),
        l.percentile(95),
        l.percentile(99),
        l.ok(),
        l.failed());
  }

  // --- Requests ---------------------------------------------------------------------------------

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private boolean get(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token).GET().build()).statusCode() == 200;
  }

  private boolean progress(Learner learner) throws IOException, InterruptedException {
    String body =
        "{\"eventId\":\""
            + UUID.randomUUID()
            + "\",\"lessonId\":\""
            + learner.lessonId
            + "\",\"state\":\"in_progress\",\"secondsSpent\":30}";
    HttpResponse<String> answer =
        send(
            request("/api/v1/enrollments/" + learner.enrollmentId + "/progress", learner.token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    return answer.statusCode() == 200;
  }

  private boolean page(String path, String session) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Cookie", "JSESSIONID=" + session)
            .GET()
            .build();
    HttpResponse<String> answer = send(request);
    return answer.statusCode() == 200 && !answer.body().contains("id=\"signin\"");
  }

  /** Signs each learner in through the sign-in page once; returns their session ids. */
  private List<String> signIn(List<Learner> learners) throws Exception {
    List<String> sessions = new ArrayList<>();
    for (Learner learner : learners) {
      HttpResponse<String> form =
          send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build());
      String cookie = session(form, null);
      if (cookie == null) {
        throw new IllegalStateException("The sign-in page gave no session");
      }
      String body =
          WebSession.encoded(
              WebSession.signInForm(form.body(), learner.email, NationalDataSet.PASSWORD));
      HttpResponse<String> signedIn =
          send(
              HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "JSESSIONID=" + cookie)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build());
      String after = session(signedIn, cookie);
      if (!page("/learn/my.xhtml", after)) {
        throw new IllegalStateException(
            "Signing in " + learner.email + " failed: " + signedIn.statusCode());
      }
      sessions.add(after);
    }
    return sessions;
  }

  private static String session(HttpResponse<?> response, String otherwise) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      Matcher m = SESSION.matcher(cookie);
      if (m.find()) {
        return m.group(1);
      }
    }
    return otherwise;
  }

  // --- pgbench ----------------------------------------------------------------------------------

  /** Single-row inserts with as many connections as the HTTP load: the database's own limit. */
  private double pgbench(Connection db, String url, String user, String password) throws Exception {
    try (Statement statement = db.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS bench_insert (id BIGSERIAL PRIMARY KEY, learner BIGINT NOT"
              + " NULL, at TIMESTAMP WITH TIME ZONE NOT NULL, seconds INTEGER NOT NULL)");
    }
    Path script = Files.createTempFile("pgbench-insert", ".sql");
    Files.writeString(
        script,
        "\\set learner random(1, 100000)\n"
            + "INSERT INTO bench_insert (learner, at, seconds) VALUES (:learner, now(), 30);\n");
    URI uri = URI.create(url.substring("jdbc:".length()));
    ProcessBuilder builder =
        new ProcessBuilder(
                "pgbench",
                "-n",
                "-h",
                uri.getHost(),
                "-p",
                Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
                "-U",
                user,
                "-c",
                Integer.toString(clients),
                "-j",
                "2",
                "-T",
                Integer.toString(seconds),
                "-f",
                script.toString(),
                uri.getPath().substring(1))
            .redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Files.delete(script);
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench said: " + out);
    }
    System.out.printf(
        "pgbench insert       %s tps, latency average %s ms%n",
        tps.group(1), latency.find() ? latency.group(1) : "?");
    return Double.parseDouble(tps.group(1));
  }

  private static String ms(Latencies l) {
    return String.format(
        Locale.ROOT,
        "p50 %.0f ms, p95 %.0f ms, max %.0f ms%s",
        l.percentile(50),
        l.percentile(95),
        l.max(),
        l.failed() == 0 ? "" : ", " + l.failed() + " failed");
  }

  // --- Who the load is
  // ----------------------------------------------------------------------------

  /** A learner of the data set with an enrolment and a lesson of its course, and their token. */
  record Learner(long enrollmentId, String email, String courseId, String lessonId, String token) {}

  /** Learners drawn from the database: distinct people, in a fixed order. */
  record Learners(List<Learner> active, String quizModule, List<Learner> quizStarters) {

    static Learners read(Connection db, long seed) throws SQLException {
      List<Learner> active =
          query(
              db,
              "SELECT DISTINCT ON (p.id) e.id, p.email, e.course_id,"
                  + " (SELECT l.module_id || '.' || l.lesson_key FROM course_module cm"
                  + "   JOIN lesson l ON l.module_id = cm.module_id AND l.retired = FALSE"
                  + "   WHERE cm.course_id = e.course_id AND cm.required"
                  + "   ORDER BY md5(p.email || l.id) LIMIT 1)"
                  + " FROM enrollment e JOIN person p ON p.id = e.person_id"
                  + " WHERE e.status = 'ACTIVE' AND p.email LIKE 'learner%'"
                  + " ORDER BY p.id, e.id LIMIT 30000",
              seed);
      String module;
      try (Statement statement = db.createStatement();
          ResultSet row =
              statement.executeQuery(
                  "SELECT cm.module_id FROM course_module cm JOIN quiz q ON q.module_id ="
                      + " cm.module_id WHERE cm.course_id = '"
                      + NationalDataSet.CORE_COURSE
                      + "' AND cm.required ORDER BY cm.position DESC LIMIT 1")) {
        row.next();
        module = row.getString(1);
      }
      List<Learner> starters =
          query(
              db,
              "SELECT e.id, p.email, e.course_id, '' FROM enrollment e JOIN person p ON p.id ="
                  + " e.person_id WHERE e.course_id = '"
                  + NationalDataSet.CORE_COURSE
                  + "' AND e.status = 'ACTIVE' AND p.email LIKE 'learner%' AND NOT EXISTS"
                  + " (SELECT 1 FROM quiz_attempt a WHERE a.person_id = p.id AND a.module_id = '"
                  + module
                  + "') ORDER BY md5(p.email) LIMIT 1000",
              seed);
      return new Learners(active, module, starters);
    }

    private static List<Learner> query(Connection db, String sql, long seed) throws SQLException {
      List<Learner> learners = new ArrayList<>();
      try (Statement statement = db.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          String email = rows.getString(2);
          learners.add(
              new Learner(
                  rows.getLong(1),
                  email,
                  rows.getString(3),
                  rows.getString(4),
                  NationalTokens.secretOf(seed, email)));
        }
      }
      // Shuffled with the seed so that consecutive requests hit unrelated rows.
      java.util.Collections.shuffle(learners, new java.util.Random(seed));
      return learners;
    }
  }

  // --- Memory
  // -------------------------------------------------------------------------------------

  /** Samples the application's resident set size twice a second. */
  private static final class Memory {
    private final Path status;
    private final AtomicLong maxKib = new AtomicLong();
    private final AtomicLong lastKib = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    Memory(long pid) {
      this.status = Path.of("/proc", Long.toString(pid), "status");
      this.sampler = new Thread(this::sample, "rss-sampler");
      sampler.setDaemon(true);
    }

    void start() {
      sampler.start();
    }

    void stop() throws InterruptedException {
      running = false;
      sampler.join();
    }

    private void sample() {
      while (running) {
        try {
          for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
              long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
              lastKib.set(kib);
              maxKib.accumulateAndGet(kib, Math::max);
            }
          }
          Thread.sleep(500);
        } catch (IOException | InterruptedException e) {
          return;
        }
      }
    }

    double maxMiB() {
      return maxKib.get() / 1024.0;
    }

    double lastMiB() {
      return lastKib.get() / 1024.0;
    }
  }

  // --- The table
  // ----------------------------------------------------------------------------------

  /** One line of the printed table. */
  record Row(
      String figure, String measured, String yardstick, String ratio, String goal, boolean met) {

    static Row throughput(
        String figure, Latencies l, Double yardstickRate, String yardstick, String goal) {
      String measured =
          String.format(
              Locale.ROOT,
              "%,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%s",
              l.perSecond(),
              l.percentile(50),
              l.percentile(95),
              l.percentile(99),
              l.failed() == 0 ? "" : ", " + l.failed() + " failed");
      String ratio =
          yardstickRate == null || yardstickRate == 0
              ? ""
              : String.format(Locale.ROOT, "%.1f %%", 100 * l.perSecond() / yardstickRate);
      String against =
          yardstickRate == null || yardstick.startsWith("pgbench")
              ? yardstick
              : String.format(Locale.ROOT, "%s %,.0f/s", yardstick, yardstickRate);
      return new Row(figure, measured, against, ratio, goal == null ? "" : goal, true);
    }

    Row met(boolean met) {
      return new Row(figure, measured, yardstick, ratio, goal, met);
    }

    static String print(List<Row> rows, Properties settings) {
      StringBuilder out = new StringBuilder();
      out.append("| figure | measured | yardstick (same run) | ratio | goal | met? |\n");
      out.append("|---|---|---|---|---|---|\n");
      for (Row row : rows) {
        out.append(
            String.format(
                "| %s | %s | %s | %s | %s | %s |%n",
                row.figure,
                row.measured,
                row.yardstick,
                row.ratio,
                row.goal,
                row.goal.isEmpty() ? "" : row.met ? "yes" : "**no**"));
      }
      settings.stringPropertyNames().stream()
          .filter(k -> k.startsWith("row."))
          .sorted()
          .forEach(k -> out.append(settings.getProperty(k)).append('\n'));
      return out.toString();
    }
  }
}
