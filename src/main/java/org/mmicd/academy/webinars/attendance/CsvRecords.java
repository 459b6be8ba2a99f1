package org.mmicd.academy.webinars.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV files meeting tools export: RFC 4180 quoting, comma, semicolon or tab separated,
 * UTF-8 or UTF-16 (Teams) with or without a byte order mark, or Windows-1252 from older
 * spreadsheets.
 */
final class CsvRecords {

  /** One record and the line of the file it starts on. */
  record Record(int line, List<String> fields) {

    String field(int index) {
      return index >= 0 && index < fields.size() ? fields.get(index) : "";
    }

    boolean blank() {
      return fields.stream().allMatch(String::isBlank);
    }

    long filled() {
      return fields.stream().filter(f -> !f.isBlank()).count();
    }
  }

  private CsvRecords() {}

  static List<Record> read(byte[] bytes) {
    String text = decode(bytes);
    return parse(text, delimiterOf(text));
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0) {
      return new String(bytes, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 4 && bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0) {
      return new String(bytes, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /**
   * The separator used most on the first lines: tab (Teams), semicolon (Excel in Europe), comma.
   */
  static char delimiterOf(String text) {
    String[] lines = text.split("\r\n|\r|\n", 30);
    int tabs = 0;
    int semicolons = 0;
    int commas = 0;
    for (String line : lines) {
      for (char c : line.toCharArray()) {
        switch (c) {
          case '\t' -> tabs++;
          case ';' -> semicolons++;
          case ',' -> commas++;
          default -> {}
        }
      }
    }
    if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  static List<Record> parse(String text, char delimiter) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          if (c == '\n' || (c == '\r' && !(i + 1 < text.length() && text.charAt(i + 1) == '\n'))) {
            line++;
          }
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && field.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        field.setLength(0);
      } else if (c == delimiter) {
        fields.add(clean(field, wasQuoted));
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(clean(field, wasQuoted));
        records.add(new Record(recordLine, List.copyOf(fields)));
        fields.clear();
        field.setLength(0);
        wasQuoted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
      i++;
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(clean(field, wasQuoted));
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }

  private static String clean(StringBuilder field, boolean quoted) {
    String value = quoted ? field.toString() : field.toString().strip();
    return value.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
  }
}
