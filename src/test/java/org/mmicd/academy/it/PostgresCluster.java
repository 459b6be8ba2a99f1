package org.mmicd.academy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start: a fresh cluster made with
 * the machine's {@code initdb} in a temporary directory, on a free port of 127.0.0.1 with its
 * socket in its own directory, so it never touches the machine's clusters. Uses the binaries of the
 * newest PostgreSQL under {@code /usr/lib/postgresql} (what {@code .ci/run} installs); as root it
 * runs them as the {@code postgres} user, since PostgreSQL refuses to run as root.
 */
final class PostgresCluster implements AutoCloseable {

  static final String USER = "mmicd";
  static final String DATABASE = "mmicd";

  private final Path bin;
  private final Path data;
  private final int port;

  private PostgresCluster(Path bin, Path data, int port) {
    this.bin = bin;
    this.data = data;
    this.port = port;
  }

  /** Makes and starts a new cluster with one database, {@value #DATABASE}, owned by its user. */
  static PostgresCluster create() throws Exception {
    Path bin = binaries();
    Path data = Path.of("/tmp", "mmicd-it-pg-" + System.nanoTime());
    PostgresCluster cluster = new PostgresCluster(bin, data, PayaraProcess.freePort());
    cluster.run(
        "initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync");
    cluster.start();
    cluster.run(
        "createdb", "-h", "127.0.0.1", "-p", Integer.toString(cluster.port), "-U", USER, DATABASE);
    return cluster;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  void start() throws Exception {
    run(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-o",
        "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
        "-w",
        "start");
  }

  /** Stops the server at once (open connections are cut), as a crash or a restart would. */
  void stop() throws Exception {
    run("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
  }

  @Override
  public void close() throws Exception {
    if (Files.exists(data.resolve("postmaster.pid"))) {
      run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }
    asOwner(List.of("rm", "-rf", data.toString()));
  }

  private void run(String program, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    asOwner(command);
  }

  private static void asOwner(List<String> command) throws Exception {
    List<String> full = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)
        || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
    }
  }

  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("PostgreSQL is not installed (apt-get install postgresql)");
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
          .max(
              Comparator.comparing(
                  v -> Integer.parseInt(v.getFileName().toString().split("\\.")[0])))
          .map(v -> v.resolve("bin"))
          .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
    }
  }
}
