package org.mmicd.academy.it;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged WAR on a Payara Micro of its own, a child process of the test JVM: started on a free
 * port with the environment the test JVM has plus what the caller adds, awaited until the
 * application answers, stopped, or killed as {@code kill -9} would. {@link Platform} runs the one
 * every test class shares; a test that must kill or restart the application runs its own.
 */
final class PayaraProcess {

  static final Duration BOOT_LIMIT = Duration.ofMinutes(5);
  private static final Duration AFTER_BOOT_LIMIT = Duration.ofSeconds(30);

  private final URI root;
  private final Process payara;
  private final Path log;

  private PayaraProcess(URI root, Process payara, Path log) {
    this.root = root;
    this.payara = payara;
    this.log = log;
  }

  /**
   * Starts Payara and waits until the application answers; the log goes to {@code
   * target/it-logs/payara-<name>.log} (appended to, so that a restart keeps what came before).
   *
   * @throws IllegalStateException when the WAR does not deploy, with the log's errors
   */
  static PayaraProcess start(String name, Map<String, String> environment) throws Exception {
    try {
      return start(name, environment, freePort(), SINGLE_INSTANCE);
    } catch (PortTaken raced) {
      return start(name, environment, freePort(), SINGLE_INSTANCE);
    }
  }

  /** The HTTP port was free when chosen and taken by someone else before Payara bound it. */
  private static final class PortTaken extends IllegalStateException {
    PortTaken(String message) {
      super(message);
    }
  }

  /**
   * Starts a member of a data grid on loopback, as {@code cluster/instance.sh} does, on the given
   * HTTP port, its grid port and the grid's member list ({@code 127.0.0.1:6900,127.0.0.1:6901}).
   */
  static PayaraProcess startInCluster(
      String name, Map<String, String> environment, int httpPort, int gridPort, String members)
      throws Exception {
    Map<String, String> withMembers = new java.util.HashMap<>(environment);
    withMembers.put("MMICD_CLUSTER_MEMBERS", members);
    return start(
        name,
        withMembers,
        httpPort,
        List.of(
            "--clustername",
            "mmicd-it",
            "--clustermode",
            "tcpip:" + members,
            "--interfaces",
            "127.0.0.1",
            "--startport",
            Integer.toString(gridPort),
            "--nohostaware",
            "--hzinitialjoinwait",
            "1",
            // HTTP compression, as in production (README); alone, single-instance.asadmin has it.
            "--prebootcommandfile",
            "src/main/payara/pre-boot.asadmin",
            "--name",
            name));
  }

  /** Alone, without the data grid; web sessions then stay in memory (see cluster/). */
  private static final List<String> SINGLE_INSTANCE =
      List.of("--nohazelcast", "--prebootcommandfile", "cluster/single-instance.asadmin");

  private static PayaraProcess start(
      String name, Map<String, String> environment, int httpPort, List<String> mode)
      throws Exception {
    Path log = Path.of("target", "it-logs", "payara-" + name + ".log");
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command(httpPort, mode));
    builder.environment().putAll(environment);
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    Process payara = builder.start();
    PayaraProcess running =
        new PayaraProcess(URI.create("http://127.0.0.1:" + httpPort + "/"), payara, log);
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    running.awaitReady(logStart);
    return running;
  }

  /** The application root, such as {@code http://127.0.0.1:40123/}. */
  URI root() {
    return root;
  }

  Path log() {
    return log;
  }

  private static List<String> command(int httpPort, List<String> mode) {
    String jar = System.getProperty("payara.microJar", "target/payara-micro.jar");
    String war = System.getProperty("mmicd.war", "target/mmicd-academy.war");
    for (String file : List.of(jar, war)) {
      if (!new File(file).isFile()) {
        throw new IllegalStateException(
            "Build it first (mvn package): " + new File(file).getAbsolutePath());
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : System.getProperty("payara.jvmOptions", "-Xmx512m").split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(
        List.of(
            "-jar",
            jar,
            "--deploy",
            war,
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort)));
    command.addAll(mode);
    return command;
  }

  private void awaitReady(long logStart) throws InterruptedException {
    // HTTP/1.1, a connection per look: a client that once upgraded to HTTP/2 sends every later
    // request down the same connection, and one that stalls at start-up would fail them all.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long deadline = System.nanoTime() + BOOT_LIMIT.toNanos();
    long bootedAt = 0;
    while (System.nanoTime() < deadline) {
      if (!payara.isAlive()) {
        if (portTaken(logStart)) {
          throw new PortTaken("Port " + root.getPort() + " was taken:\n" + tail());
        }
        throw new IllegalStateException(
            "Payara Micro stopped while starting (exit " + payara.exitValue() + "):\n" + tail());
      }
      boolean booted = logSince(logStart).contains(" ready in ");
      if (answers(http, "health/ready") && answers(http, "api/v1/courses")) {
        return;
      }
      if (booted && portTaken(logStart)) {
        stop();
        throw new PortTaken("Port " + root.getPort() + " was taken:\n" + errors(logStart));
      }
      if (booted && bootedAt == 0) {
        bootedAt = System.nanoTime();
      }
      // Payara is up but the application does not answer: say why now, not in five minutes (the
      // first requests of a loaded machine may still take a while, hence the half minute).
      if (bootedAt != 0 && System.nanoTime() - bootedAt > AFTER_BOOT_LIMIT.toNanos()) {
        dumpThreads();
        stop();
        throw new IllegalStateException(
            "The WAR did not deploy, or does not answer "
                + AFTER_BOOT_LIMIT.toSeconds()
                + " s after Payara was ready (its threads are dumped at the end of "
                + log
                + "):\n"
                + errors(logStart));
      }
      Thread.sleep(500);
    }
    stop();
    throw new IllegalStateException("Payara Micro was not ready within " + BOOT_LIMIT + tail());
  }

  /**
   * Whether this start lost its HTTP port: Payara exits on the bind error. (Its "NetworkListener
   * http-listeners GrizzlyProxy is NULL" is no sign of it: Payara Micro logs that at every start.)
   */
  private boolean portTaken(long logStart) {
    return logSince(logStart).contains("Address already in use");
  }

  private boolean answers(HttpClient http, String path) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(10)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private String logSince(long offset) {
    try {
      String all = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
      return all.substring((int) Math.min(offset, all.length()));
    } catch (IOException e) {
      return "";
    }
  }

  /** The lines of this start's log that say what went wrong. */
  private String errors(long logStart) {
    return String.join(
        "\n",
        logSince(logStart)
            .lines()
            .filter(l -> l.contains("SEVERE") || l.contains("Exception Description"))
            .limit(20)
            .toList());
  }

  String tail() {
    List<String> lines = logSince(0).lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /**
   * Has the JVM print its threads into the log (SIGQUIT), to show what a silent server waits on.
   */
  private void dumpThreads() throws InterruptedException {
    try {
      new ProcessBuilder("kill", "-3", Long.toString(payara.pid())).start().waitFor();
      Thread.sleep(1_000);
    } catch (IOException e) {
      // No dump then; the failure is reported all the same.
    }
  }

  /** Stops Payara as an operator would, giving it time to close. */
  synchronized void stop() {
    if (payara.isAlive()) {
      payara.destroy();
      try {
        if (!payara.waitFor(30, TimeUnit.SECONDS)) {
          payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        payara.destroyForcibly();
      }
    }
  }

  /** Kills Payara at once with SIGKILL ({@code kill -9}): no shutdown hook, nothing flushed. */
  void kill() throws InterruptedException {
    payara.destroyForcibly();
    if (!payara.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Payara Micro did not die");
    }
  }

  /**
   * A port nothing listens on, drawn below the kernel's ephemeral range (32768 and up): a port from
   * that range can be taken, between this check and Payara's bind, as the local end of any outgoing
   * connection, such as the other database's test run opening JDBC connections side by side.
   */
  static int freePort() throws IOException {
    for (int attempt = 0; attempt < 200; attempt++) {
      int candidate = 15_000 + RANDOM.nextInt(17_000);
      try (ServerSocket socket = new ServerSocket()) {
        socket.bind(new java.net.InetSocketAddress("0.0.0.0", candidate));
        return candidate;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new IOException("No free port between 15000 and 32000");
  }

  private static final java.util.Random RANDOM = new java.security.SecureRandom();
}
