package org.mmicd.academy.bench;

import java.nio.charset.StandardCharsets;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.mmicd.academy.bench.Catalogue.CourseShape;
import org.mmicd.academy.certificates.VerificationCode;

/**
 * A platform rolled out to a country's local governments and a regional programme: learners in the
 * three pilot countries and ten others, their trainers and coordinators, cohorts, live sessions
 * with registrations and attendance, and each learner's history (enrolments, lesson progress, quiz
 * attempts and passes, completions and certificates) as the application would have recorded it.
 *
 * <p>Deterministic: the same catalogue and settings give the same rows, so two runs of the
 * benchmark measure the same platform. Each learner draws from a random generator of their own.
 */
final class NationalDataSet {

  static final String DOMAIN = "national.mmicd.test";

  /** The password of every account of the data set, for the benchmarks that sign in by form. */
  static final String PASSWORD = "national-bench-password";

  static final String COORDINATOR = "coordinator@" + DOMAIN;
  static final String CORE_COURSE = "mmicd-blended";
  static final String CORE_SESSION_MODULE = "training-blended-approach";

  /**
   * What to generate. {@code quizTakersEvery}: one learner in that many took their quizzes on the
   * platform (attempts with every answer); the others' passes came with their history from an
   * earlier platform, as passes can, which keeps the data set's size in check.
   */
  record Settings(int learners, long seed, Instant now, int quizTakersEvery) {

    Settings {
      if (learners < 1 || quizTakersEvery < 1) {
        throw new IllegalArgumentException("at least one learner, and quiz takers among them");
      }
      now = now.truncatedTo(ChronoUnit.SECONDS);
    }
  }

  private final Catalogue catalogue;
  private final Settings settings;
  private final Ids ids;
  private final String passwordHash;
  private final List<CohortPlan> cohorts = new ArrayList<>();
  private final List<SessionPlan> sessions = new ArrayList<>();
  private final Map<String, List<SessionPlan>> openSessions = new LinkedHashMap<>();
  private final Map<String, List<Long>> trainers = new LinkedHashMap<>();
  private final List<Long> coordinators = new ArrayList<>();

  NationalDataSet(Catalogue catalogue, Settings settings, Map<Table, Long> firstIds) {
    this.catalogue = catalogue;
    this.settings = settings;
    this.ids = new Ids(firstIds);
    this.passwordHash = pbkdf2(PASSWORD, settings.seed());
  }

  /** The countries the data set needs besides those the migrations insert. */
  static List<NationalCountry> countries() {
    return NationalCountry.ALL;
  }

  /** The last id written to each table that has a sequence, to move the sequences past. */
  Map<Table, Long> lastIds() {
    return ids.last();
  }

  void generate(Rows rows) {
    staff(rows);
    cohortsAndSessions(rows);
    List<LearnerLife.Completion> completions = new ArrayList<>();
    LearnerLife.Context context =
        LearnerLife.Context.of(
            catalogue, settings, ids, passwordHash, cohorts, openSessions, completions::add);
    for (int number = 0; number < settings.learners(); number++) {
      new LearnerLife(context, number).write(rows);
    }
    sessions.forEach(s -> s.write(rows, settings.now()));
    certificates(rows, completions);
  }

  /**
   * Trainers for each country (and for everyone), a coordinator per pilot country and one for all.
   */
  private void staff(Rows rows) {
    for (NationalCountry country : NationalCountry.ALL) {
      int count = country.pilot() ? 4 : 1;
      for (int i = 1; i <= count; i++) {
        String email = "trainer-" + country.code().toLowerCase() + "-" + i + "@" + DOMAIN;
        long id =
            person(
                rows,
                email,
                country.firstNames().get(i) + " " + country.lastNames().get(i),
                country,
                "TRAINER");
        trainers.computeIfAbsent(country.code(), c -> new ArrayList<>()).add(id);
      }
    }
    for (int i = 1; i <= 3; i++) {
      NationalCountry belgium = NationalCountry.OTHERS.get(2);
      long id = person(rows, "trainer-" + i + "@" + DOMAIN, "Trainer " + i, belgium, "TRAINER");
      trainers.computeIfAbsent("*", c -> new ArrayList<>()).add(id);
    }
    Instant assigned = settings.now().minus(Duration.ofDays(500));
    for (NationalCountry country : NationalCountry.PILOTS) {
      String email = "coordinator-" + country.code().toLowerCase() + "@" + DOMAIN;
      long id = person(rows, email, "Coordinator " + country.name(), country, "COORDINATOR");
      rows.add(Table.COORDINATOR_SCOPE, id, false, assigned);
      rows.add(Table.COORDINATOR_COUNTRY, id, country.code());
      coordinators.add(id);
    }
    long all =
        person(
            rows,
            COORDINATOR,
            "Regional Coordinator",
            NationalCountry.OTHERS.get(2),
            "COORDINATOR");
    rows.add(Table.COORDINATOR_SCOPE, all, true, assigned);
    coordinators.add(all);
  }

  private long person(Rows rows, String email, String name, NationalCountry country, String role) {
    long id = ids.next(Table.PERSON);
    Instant created = settings.now().minus(Duration.ofDays(520));
    rows.add(
        Table.PERSON,
        id,
        email,
        name,
        passwordHash,
        country.code(),
        country.organisations().get(0),
        country.language(),
        country.zone().getId(),
        true,
        created);
    rows.add(Table.PERSON_ROLE, id, role);
    rows.add(Table.PERSON_ROLE, id, "LEARNER");
    token(rows, ids, settings, id, email, created);
    return id;
  }

  /** A token made beforehand, as scripts make them, that lasts the default 90 days from now. */
  static void token(
      Rows rows, Ids ids, Settings settings, long personId, String email, Instant created) {
    String secret = NationalTokens.secretOf(settings.seed(), email);
    rows.add(
        Table.ACCESS_TOKEN,
        ids.next(Table.ACCESS_TOKEN),
        personId,
        "benchmark",
        NationalTokens.hashOf(secret),
        secret.substring(0, 12),
        created,
        settings.now().plus(Duration.ofDays(90)));
  }

  /**
   * Cohorts run one after the other over the last fourteen months: twelve of each course in each
   * pilot country, three of the core course in each other country. Each holds a session six weeks
   * after it starts (a workshop in the pilot countries, a webinar elsewhere); those of the last
   * weeks are still to come. Open webinars serve the learners outside cohorts.
   */
  private void cohortsAndSessions(Rows rows) {
    LocalDate today = LocalDate.ofInstant(settings.now(), ZoneOffset.UTC);
    for (NationalCountry country : NationalCountry.ALL) {
      List<String> courses =
          country.pilot() ? List.of(country.trackId(), CORE_COURSE) : List.of(CORE_COURSE);
      for (String courseId : courses) {
        CourseShape course = catalogue.course(courseId);
        int runs = country.pilot() ? 12 : 3;
        for (int k = 0; k < runs; k++) {
          LocalDate startsOn = today.minusDays(20 + (long) (runs - 1 - k) * 410 / runs);
          cohort(rows, course, country, k, startsOn);
        }
      }
    }
    List<Long> global = trainers.get("*");
    for (int k = 0; k < 15; k++) {
      Instant starts =
          today.minusDays(392 - 28L * k).atTime(LocalTime.of(13, 0)).toInstant(ZoneOffset.UTC);
      open(
          CORE_COURSE,
          new SessionPlan(
              ids.next(Table.LIVE_SESSION),
              CORE_SESSION_MODULE,
              null,
              null,
              starts,
              false,
              "Open webinar: the blended approach in practice (" + (k + 1) + ")",
              null,
              global.get(k % global.size())));
    }
    for (NationalCountry country : NationalCountry.PILOTS) {
      CourseShape track = catalogue.course(country.trackId());
      for (int k = 0; k < 8; k++) {
        Instant starts =
            today
                .minusDays(392 - 56L * k)
                .atTime(LocalTime.of(10, 0))
                .atZone(country.zone())
                .toInstant();
        open(
            track.id(),
            new SessionPlan(
                ids.next(Table.LIVE_SESSION),
                track.countryModule().orElseThrow(),
                country,
                null,
                starts,
                false,
                "Open webinar for " + country.name() + " (" + (k + 1) + ")",
                null,
                trainers.get(country.code()).get(k % 4)));
      }
    }
  }

  private void open(String courseId, SessionPlan session) {
    sessions.add(session);
    openSessions.computeIfAbsent(courseId, c -> new ArrayList<>()).add(session);
  }

  private void cohort(
      Rows rows, CourseShape course, NationalCountry country, int k, LocalDate startsOn) {
    long id = ids.next(Table.COHORT);
    String organisation = country.organisations().get(k % country.organisations().size());
    String name =
        country.name()
            + " — "
            + (course.id().equals(CORE_COURSE) ? "core course" : "country track")
            + " "
            + startsOn.getYear()
            + ", group "
            + (k + 1);
    List<Long> leaders = trainers.get(country.code());
    long trainer = leaders.get(k % leaders.size());
    rows.add(
        Table.COHORT,
        id,
        name,
        course.id(),
        country.code(),
        organisation,
        startsOn,
        startsOn.plusDays(120),
        startsOn.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant());
    rows.add(Table.COHORT_TRAINER, id, trainer);
    Instant sessionStart =
        startsOn.plusDays(42).atTime(LocalTime.of(9, 30)).atZone(country.zone()).toInstant();
    String module =
        course.id().equals(CORE_COURSE)
            ? CORE_SESSION_MODULE
            : course.countryModule().orElseThrow();
    SessionPlan session =
        new SessionPlan(
            ids.next(Table.LIVE_SESSION),
            module,
            country,
            id,
            sessionStart,
            country.pilot(),
            name + (country.pilot() ? ": workshop" : ": webinar"),
            country.pilot() ? country.venues().get(k % country.venues().size()) : null,
            trainer);
    sessions.add(session);
    cohorts.add(new CohortPlan(id, course, country, startsOn, session));
  }

  /** A course run for a group, with its one live session. */
  record CohortPlan(
      long id,
      CourseShape course,
      NationalCountry country,
      LocalDate startsOn,
      SessionPlan session) {}

  /**
   * Certificates in the order they were issued (serials follow each other through time), with the
   * module versions they were earned on; one in two hundred was revoked by a coordinator.
   */
  private void certificates(Rows rows, List<LearnerLife.Completion> completions) {
    completions.sort(
        Comparator.comparing(LearnerLife.Completion::at)
            .thenComparing(LearnerLife.Completion::enrollmentId));
    Random random = new Random(settings.seed() * 31 + 7);
    int serial = 0;
    for (LearnerLife.Completion done : completions) {
      serial++;
      long id = ids.next(Table.CERTIFICATE);
      CourseShape course = done.course();
      String serialText =
          org.mmicd.academy.certificates.SerialNumber.of(
              done.at().atOffset(ZoneOffset.UTC).getYear(), serial);
      byte[] code = new byte[20];
      random.nextBytes(code);
      boolean revoked = random.nextInt(200) == 0;
      Instant revokedAt = revoked ? min(done.at().plus(Duration.ofDays(3)), settings.now()) : null;
      Long revokedBy = revoked ? coordinators.get(coordinators.size() - 1) : null;
      rows.add(
          Table.CERTIFICATE,
          id,
          serialText,
          VerificationCode.of(code).value(),
          done.personId(),
          done.enrollmentId(),
          course.id(),
          done.learnerName(),
          course.title(),
          course.certificateTitle() == null ? course.title() : course.certificateTitle(),
          course.signatory() == null ? "MMICD Academy" : course.signatory(),
          done.country().code(),
          done.language(),
          done.at(),
          LocalDate.ofInstant(done.at(), done.country().zone()),
          course.validityMonths() == null
              ? null
              : done.at().atOffset(ZoneOffset.UTC).plusMonths(course.validityMonths()).toInstant(),
          revoked ? "REVOKED" : "VALID",
          revokedAt,
          revokedBy,
          revoked ? "Issued to a duplicate account of the same official" : null);
      for (Catalogue.ModuleChoice choice : course.modules()) {
        rows.add(
            Table.CERTIFICATE_MODULE,
            id,
            choice.moduleId(),
            catalogue.module(choice.moduleId()).version());
      }
      if (revoked) {
        rows.add(
            Table.CERTIFICATE_AUDIT,
            ids.next(Table.CERTIFICATE_AUDIT),
            revokedAt,
            revokedBy,
            COORDINATOR,
            "REVOKE",
            course.id(),
            serialText,
            "Issued to a duplicate account of the same official");
      }
    }
    lastSerial = serial;
  }

  private int lastSerial;

  /** The last certificate serial number written, to move the serial sequence past. */
  int lastSerial() {
    return lastSerial;
  }

  static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * One PBKDF2 hash shared by every account, in the form Jakarta Security's {@code
   * Pbkdf2PasswordHash} writes and reads ({@code algorithm:iterations:salt:hash}).
   */
  static String pbkdf2(String password, long seed) {
    byte[] salt = new byte[32];
    new Random(seed).nextBytes(salt);
    int iterations = 210_000;
    try {
      byte[] hash =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
              .getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:"
          + iterations
          + ":"
          + base64.encodeToString(salt)
          + ":"
          + base64.encodeToString(hash);
    } catch (java.security.NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
    }
  }

  /** Ids handed out table by table from a first id above what the application already wrote. */
  static final class Ids {

    private final Map<Table, Long> next = new EnumMap<>(Table.class);
    private final Map<Table, Long> last = new EnumMap<>(Table.class);

    Ids(Map<Table, Long> first) {
      next.putAll(first);
    }

    long next(Table table) {
      long id = next.getOrDefault(table, 1_000L);
      next.put(table, id + 1);
      last.put(table, id);
      return id;
    }

    Map<Table, Long> last() {
      return Map.copyOf(last);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
