package org.mmicd.academy.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Fills a PostgreSQL database whose schema and content the application has made (start it once on
 * the empty database) with the national data set: generated into COPY files, then copied table by
 * table in one transaction, the id sequences moved past the rows, and the tables vacuumed and
 * analysed so that the planner knows them.
 *
 * <pre>
 * java -cp ... org.mmicd.academy.bench.LoadNationalData jdbc:postgresql://127.0.0.1:5432/mmicd_bench \
 *     mmicd mmicd [learners=100000] [seed=20261130] [quizTakersEvery=5]
 * </pre>
 */
public final class LoadNationalData {

  private LoadNationalData() {}

  /** How long each step took and how many rows went into each table. */
  record Report(
      Map<Table, Long> rows,
      Map<Table, Double> copySecondsByTable,
      double generateSeconds,
      double copySeconds,
      double analyseSeconds) {

    double totalSeconds() {
      return generateSeconds + copySeconds + analyseSeconds;
    }

    long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int learners = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261130L;
    int quizTakersEvery = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
      Report report =
          load(
              db,
              new NationalDataSet.Settings(learners, seed, Instant.now(), quizTakersEvery),
              Path.of("target", "national-data"));
      print(report);
    }
  }

  static Report load(Connection db, NationalDataSet.Settings settings, Path folder)
      throws Exception {
    requireContentAndNoDataSet(db);
    addCountries(db);
    Catalogue catalogue = Catalogue.read(db);
    NationalDataSet dataSet = new NationalDataSet(catalogue, settings, firstIds(db));

    long start = System.nanoTime();
    CopyFiles files = new CopyFiles(folder);
    dataSet.generate(files);
    files.close();
    double generated = seconds(start);

    start = System.nanoTime();
    db.setAutoCommit(false);
    files.copyInto(db);
    moveSequences(db, dataSet);
    db.commit();
    db.setAutoCommit(true);
    double copied = seconds(start);

    start = System.nanoTime();
    try (Statement statement = db.createStatement()) {
      statement.execute("VACUUM ANALYZE");
    }
    return new Report(files.counts(), files.copySeconds(), generated, copied, seconds(start));
  }

  private static void requireContentAndNoDataSet(Connection db) throws SQLException {
    try (Statement statement = db.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT (SELECT COUNT(*) FROM course),"
                    + " (SELECT COUNT(*) FROM person WHERE email = '"
                    + NationalDataSet.COORDINATOR
                    + "')")) {
      rows.next();
      if (rows.getLong(1) == 0) {
        throw new IllegalStateException(
            "No course in the database: start the application on it once to load the content");
      }
      if (rows.getLong(2) > 0) {
        throw new IllegalStateException("The national data set is already in this database");
      }
    }
  }

  private static void addCountries(Connection db) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO country (code, name, time_zone, languages, pilot) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (code) DO NOTHING")) {
      for (NationalCountry country : NationalDataSet.countries()) {
        insert.setString(1, country.code());
        insert.setString(2, country.name());
        insert.setString(3, country.zone().getId());
        insert.setString(4, country.languages());
        insert.setBoolean(5, country.pilot());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * The first id of each table: past the rows there are and past the block of ids the application
   * may hold from the sequence (it takes them fifty at a time).
   */
  private static Map<Table, Long> firstIds(Connection db) throws SQLException {
    Map<Table, Long> first = new EnumMap<>(Table.class);
    for (Table table : Table.values()) {
      if (table.sequence() == null) {
        continue;
      }
      try (Statement statement = db.createStatement();
          ResultSet row =
              statement.executeQuery(
                  "SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM "
                      + table.sqlName()
                      + "), (SELECT last_value FROM "
                      + table.sequence()
                      + "))")) {
        row.next();
        first.put(table, row.getLong(1) + 1);
      }
    }
    return first;
  }

  /** Moves each sequence to the last id written, on a block boundary of fifty. */
  private static void moveSequences(Connection db, NationalDataSet dataSet) throws SQLException {
    try (Statement statement = db.createStatement()) {
      for (Map.Entry<Table, Long> last : dataSet.lastIds().entrySet()) {
        long boundary = (last.getValue() + 49) / 50 * 50;
        statement.execute(
            "SELECT setval('" + last.getKey().sequence() + "', " + boundary + ", TRUE)");
      }
      if (dataSet.lastSerial() > 0) {
        statement.execute(
            "SELECT setval('certificate_serial_seq', " + dataSet.lastSerial() + ", TRUE)");
      }
    }
  }

  static void print(Report report) {
    System.out.println();
    System.out.println("| table | rows | copied in |");
    System.out.println("|---|---|---|");
    report
        .rows()
        .forEach(
            (table, count) ->
                System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d | %.1f s |%n",
                    table.sqlName(),
                    count,
                    report.copySecondsByTable().getOrDefault(table, 0.0)));
    System.out.printf(
        Locale.ROOT,
        "%n%,d rows: generated in %.1f s, copied in %.1f s, vacuumed and analysed in %.1f s"
            + " (%.1f s in all)%n",
        report.totalRows(),
        report.generateSeconds(),
        report.copySeconds(),
        report.analyseSeconds(),
        report.totalSeconds());
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
