package org.mmicd.academy.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * Rows written as PostgreSQL COPY text files, one per table, then copied into the database table by
 * table in {@link Table} order, so that every foreign key finds its parent already loaded.
 */
final class CopyFiles implements Rows, AutoCloseable {

  private final Path folder;
  private final Map<Table, Writer> writers = new EnumMap<>(Table.class);
  private final Map<Table, Long> counts = new EnumMap<>(Table.class);
  private final Map<Table, Double> copySeconds = new EnumMap<>(Table.class);

  CopyFiles(Path folder) {
    this.folder = folder;
  }

  @Override
  public void add(Table table, Object... values) {
    if (values.length != table.columns().size()) {
      throw new IllegalArgumentException(
          table + " takes " + table.columns().size() + " values, not " + values.length);
    }
    try {
      Writer out = writers.computeIfAbsent(table, this::open);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.write('\t');
        }
        out.write(text(values[i]));
      }
      out.write('\n');
      counts.merge(table, 1L, Long::sum);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Writer open(Table table) {
    try {
      Files.createDirectories(folder);
      return new BufferedWriter(
          Files.newBufferedWriter(file(table), StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(Table table) {
    return folder.resolve(table.sqlName() + ".copy");
  }

  /** A value in COPY's text format: {@code \N} for null, backslash escapes for the delimiters. */
  static String text(Object value) {
    if (value == null) {
      return "\\N";
    }
    if (value instanceof Boolean b) {
      return b ? "t" : "f";
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof Number) {
      return value.toString();
    }
    String s = value.toString();
    StringBuilder escaped = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  Map<Table, Long> counts() {
    return new EnumMap<>(counts);
  }

  /** How long copying each table took. */
  Map<Table, Double> copySeconds() {
    return new EnumMap<>(copySeconds);
  }

  /** Copies every file into its table, in table order, in one transaction. */
  void copyInto(Connection connection) throws SQLException, IOException {
    close();
    var copy = connection.unwrap(PGConnection.class).getCopyAPI();
    for (Table table : Table.values()) {
      if (counts.containsKey(table)) {
        long start = System.nanoTime();
        try (Reader in = Files.newBufferedReader(file(table), StandardCharsets.UTF_8)) {
          copy.copyIn(table.copyStatement(), in, 1 << 16);
        }
        copySeconds.put(table, (System.nanoTime() - start) / 1e9);
      }
    }
  }

  @Override
  public void close() throws IOException {
    for (Writer writer : writers.values()) {
      writer.close();
    }
  }
}
