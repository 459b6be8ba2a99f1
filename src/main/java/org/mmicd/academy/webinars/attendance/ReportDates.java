package org.mmicd.academy.webinars.attendance;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmicd.academy.webinars.SessionTimes;

/**
 * The way a report writes its dates, found once per file: meeting tools write them in their user's
 * locale ({@code 11/30/2026 7:58:10 AM}, {@code 30.11.26, 07:58:10}, {@code Nov 30, 2026 07:58:10},
 * {@code 30 nov. 2026 07:58:10}). Every pattern is tried on the first values of the table; the one
 * that reads the most of them, nearest the session's start (which tells 04/03 in March from 04/03
 * in April), reads the file, and the import says which it was. A value it cannot read is tried with
 * every pattern before it is reported.
 */
final class ReportDates {

  /** How a value was written: its pattern as people read it, and a value of the file. */
  record Written(String pattern, String example) {}

  /** A pattern a report may use; {@code named} when its month is a word. */
  private record Candidate(String label, DateTimeFormatter formatter, boolean named) {

    Optional<Instant> read(Value value, ZoneId zone) {
      if (value.named() != named) {
        return Optional.empty();
      }
      try {
        if (formatter == null) {
          return Optional.of(iso(value.text(), zone));
        }
        return Optional.of(
            SessionTimes.resolveLenient(LocalDateTime.parse(value.text(), formatter), zone));
      } catch (DateTimeParseException notThisOne) {
        return Optional.empty();
      }
    }

    private static Instant iso(String text, ZoneId zone) {
      String iso = text.replace(' ', 'T');
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException noOffset) {
        return SessionTimes.resolveLenient(LocalDateTime.parse(iso), zone);
      }
    }
  }

  /** A value made regular: spaces, commas, a.m., and a month's name turned into its number. */
  private record Value(String text, boolean named) {}

  private static final int SAMPLE = 50;
  private static final Duration FAR = Duration.ofDays(2);
  private static final Pattern MONTH_WORD = Pattern.compile("\\p{L}{3,}\\.?");
  private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b([ap])\\.\\s?m\\.");
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern DAY_DOT = Pattern.compile("(?<=\\d)\\.\\s+(?=\\p{L})");
  private static final Pattern OF = Pattern.compile("(?i)\\s+de\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Map<String, Integer> MONTHS = months();
  private static final List<Candidate> CANDIDATES = candidates();

  private final Candidate chosen;
  private final String example;
  private final ZoneId zone;
  private final Instant sessionStart;

  private ReportDates(Candidate chosen, String example, ZoneId zone, Instant sessionStart) {
    this.chosen = chosen;
    this.example = example;
    this.zone = zone;
    this.sessionStart = sessionStart;
  }

  /** Finds the pattern of a report from its date values (those of one table). */
  static ReportDates of(List<String> values, ZoneId zone, Instant sessionStart) {
    List<String> sample = values.stream().filter(v -> !v.isBlank()).limit(SAMPLE).toList();
    Candidate best = null;
    long bestCount = 0;
    long bestDistance = Long.MAX_VALUE;
    for (Candidate candidate : CANDIDATES) {
      List<Long> distances = new ArrayList<>();
      for (String text : sample) {
        candidate
            .read(value(text), zone)
            .ifPresent(i -> distances.add(Duration.between(i, sessionStart).abs().toSeconds()));
      }
      if (distances.isEmpty()) {
        continue;
      }
      distances.sort(Comparator.naturalOrder());
      long median = distances.get(distances.size() / 2);
      if (distances.size() > bestCount
          || (distances.size() == bestCount && median < bestDistance)) {
        best = candidate;
        bestCount = distances.size();
        bestDistance = median;
      }
    }
    return new ReportDates(best, sample.isEmpty() ? null : sample.get(0), zone, sessionStart);
  }

  /** The pattern the file's dates were read with, when it had dates and one was found. */
  Optional<Written> written() {
    return chosen == null ? Optional.empty() : Optional.of(new Written(chosen.label(), example));
  }

  /**
   * A date and time of the report; a value the file's pattern cannot read is read the way that
   * falls nearest the session, else refused.
   */
  Instant read(String text) {
    Value value = value(text);
    Optional<Instant> read = chosen == null ? Optional.empty() : chosen.read(value, zone);
    Instant instant =
        read.or(
                () ->
                    CANDIDATES.stream()
                        .map(c -> c.read(value, zone))
                        .flatMap(Optional::stream)
                        .min(Comparator.comparing(i -> Duration.between(i, sessionStart).abs())))
            .orElseThrow(() -> new ReportProblem("error.attendance.bad-time", text));
    if (Duration.between(instant, sessionStart).abs().compareTo(FAR) > 0) {
      throw new ReportProblem("error.attendance.far-time", text);
    }
    return instant;
  }

  private static Value value(String text) {
    String regular = text.replace('\u202F', ' ').replace('\u00A0', ' ');
    regular = MERIDIEM.matcher(regular).replaceAll("$1M");
    regular = COMMA.matcher(regular).replaceAll(" ");
    regular = DAY_DOT.matcher(regular).replaceAll(" ");
    regular = OF.matcher(regular).replaceAll(" ");
    regular = SPACES.matcher(regular).replaceAll(" ").strip();
    Matcher word = MONTH_WORD.matcher(regular);
    while (word.find()) {
      Integer month = MONTHS.get(plain(word.group()));
      if (month != null) {
        String numbered =
            regular.substring(0, word.start()) + month + regular.substring(word.end());
        return new Value(SPACES.matcher(numbered).replaceAll(" ").strip(), true);
      }
    }
    return new Value(regular, false);
  }

  private static String plain(String word) {
    return MARKS
        .matcher(Normalizer.normalize(word, Normalizer.Form.NFD))
        .replaceAll("")
        .replace(".", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Month names and abbreviations in English, Spanish, French and German. */
  private static Map<String, Integer> months() {
    String[][] names = {
      {"jan", "january", "ene", "enero", "janv", "janvier", "januar", "jän", "janner"},
      {"feb", "february", "febrero", "fevr", "fevrier", "februar"},
      {"mar", "march", "marzo", "mars", "mar", "marz", "maerz"},
      {"apr", "april", "abr", "abril", "avr", "avril"},
      {"may", "mayo", "mai"},
      {"jun", "june", "junio", "juin", "juni"},
      {"jul", "july", "julio", "juil", "juillet", "juli"},
      {"aug", "august", "ago", "agosto", "aout"},
      {"sep", "sept", "september", "septiembre", "setiembre", "septembre"},
      {"oct", "october", "octubre", "octobre", "okt", "oktober"},
      {"nov", "november", "noviembre", "novembre"},
      {"dec", "december", "dic", "diciembre", "dec", "decembre", "dez", "dezember"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.putIfAbsent(plain(name), m + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** Labels as people read patterns; the formatter reads the regular form of a value. */
  private static List<Candidate> candidates() {
    List<Candidate> list = new ArrayList<>();
    list.add(new Candidate("ISO 8601 (yyyy-MM-dd HH:mm:ss)", null, false));
    for (String time : List.of("h:mm:ss a", "H:mm:ss")) {
      for (String date : List.of("M/d/yyyy", "M/d/yy", "d/M/yyyy", "d/M/yy", "d.M.yyyy")) {
        list.add(numeric(date + " " + time));
      }
      for (String date : List.of("d.M.yy", "d-M-yyyy", "yyyy/M/d", "yyyy-M-d")) {
        list.add(numeric(date + " " + time));
      }
      list.add(named("MMM d, yyyy " + time, "M d uuuu " + optionalSeconds(time)));
      list.add(named("d MMM yyyy " + time, "d M uuuu " + optionalSeconds(time)));
    }
    return List.copyOf(list);
  }

  private static Candidate numeric(String label) {
    return new Candidate(label, formatter(optionalSeconds(label.replace("y", "u"))), false);
  }

  private static Candidate named(String label, String regular) {
    return new Candidate(label, formatter(regular), true);
  }

  private static String optionalSeconds(String pattern) {
    return pattern.replace(":ss", "[:ss]");
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
