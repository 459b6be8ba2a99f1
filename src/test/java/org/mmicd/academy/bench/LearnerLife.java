package org.mmicd.academy.bench;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mmicd.academy.assessment.Answer;
import org.mmicd.academy.assessment.Question;
import org.mmicd.academy.bench.Catalogue.CourseShape;
import org.mmicd.academy.bench.Catalogue.ModuleChoice;
import org.mmicd.academy.bench.Catalogue.ModuleShape;
import org.mmicd.academy.bench.NationalDataSet.CohortPlan;
import org.mmicd.academy.learning.CourseProgress;
import org.mmicd.academy.learning.LessonState;

/**
 * One learner of the national data set, from enrolment to certificate: the courses they took (the
 * core course, their country's track, or both), in a cohort or on their own, how far they got (some
 * never started, many are part-way, a third finished every lesson), the quizzes of the modules they
 * finished, the live session they registered for and whether they attended it, and so whether the
 * course's rule completed their enrolment.
 */
final class LearnerLife {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** What every learner draws on: the courses, cohorts, open sessions and the shared counters. */
  record Context(
      Catalogue catalogue,
      NationalDataSet.Settings settings,
      NationalDataSet.Ids ids,
      String passwordHash,
      Map<String, List<CohortPlan>> cohorts,
      Map<String, List<SessionPlan>> openSessions,
      Consumer<Completion> completions,
      Map<String, Question> questions) {

    /** A question's JSON read once for every attempt that draws it. */
    Question question(String content) {
      return questions.computeIfAbsent(content, json -> JSON.fromJson(json, Question.class));
    }

    /** The context with the cohorts found by course and country. */
    static Context of(
        Catalogue catalogue,
        NationalDataSet.Settings settings,
        NationalDataSet.Ids ids,
        String passwordHash,
        List<CohortPlan> cohorts,
        Map<String, List<SessionPlan>> openSessions,
        Consumer<Completion> completions) {
      Map<String, List<CohortPlan>> byKey = new LinkedHashMap<>();
      cohorts.forEach(
          c ->
              byKey
                  .computeIfAbsent(key(c.course().id(), c.country().code()), k -> new ArrayList<>())
                  .add(c));
      return new Context(
          catalogue,
          settings,
          ids,
          passwordHash,
          byKey,
          openSessions,
          completions,
          new HashMap<>());
    }

    static String key(String courseId, String countryCode) {
      return courseId + "/" + countryCode;
    }
  }

  /** A completed enrolment, for the certificate issued at its completion. */
  record Completion(
      long personId,
      long enrollmentId,
      CourseShape course,
      String learnerName,
      NationalCountry country,
      String language,
      Instant at) {}

  /** A learner's standing on one quiz, over all their courses. */
  private static final class QuizRecord {
    int attempts;
    Instant passedAt;
    double bestScore;
  }

  /** One enrolment as it went, before its completion is judged against every fact. */
  private record Draft(
      long id,
      CourseShape course,
      CohortPlan cohort,
      Instant enrolledAt,
      Map<Long, LessonState> states,
      Instant lastActivity,
      Long resumeLesson,
      Instant withdrawnAt,
      Instant attendedUntil) {}

  private final Context context;
  private final int number;
  private final Random random;
  private final Instant now;
  private final NationalCountry country;
  private final String name;
  private final String language;
  private final double ability;
  private final Map<String, QuizRecord> quizzes = new HashMap<>();

  LearnerLife(Context context, int number) {
    this.context = context;
    this.number = number;
    this.random = new Random(context.settings().seed() * 1_000_003L + number);
    this.now = context.settings().now();
    this.country = countryOf(number, random);
    boolean devanagari = country.code().equals("NP") && random.nextInt(4) == 0;
    this.name =
        devanagari
            ? pick(NationalCountry.NEPALI_NAMES)
            : pick(country.firstNames()) + " " + pick(country.lastNames());
    this.language = devanagari ? "ne" : country.language();
    this.ability = 0.45 + random.nextDouble() * 0.5;
  }

  /**
   * Three in four learners are in a pilot country (a quarter each), the rest spread over the ten
   * other countries.
   */
  static NationalCountry countryOf(int number, Random random) {
    int slot = number % 4;
    return slot < 3
        ? NationalCountry.PILOTS.get(slot)
        : NationalCountry.OTHERS.get(random.nextInt(NationalCountry.OTHERS.size()));
  }

  static String emailOf(int number) {
    return "learner" + (number + 1) + "@" + NationalDataSet.DOMAIN;
  }

  void write(Rows rows) {
    long personId = context.ids().next(Table.PERSON);
    List<Draft> drafts = new ArrayList<>();
    for (CourseShape course : courses()) {
      drafts.add(take(rows, personId, course));
    }
    Instant firstEnrolment =
        drafts.stream().map(Draft::enrolledAt).min(Instant::compareTo).orElseThrow();
    Instant created = firstEnrolment.minus(Duration.ofDays(random.nextInt(10)));
    rows.add(
        Table.PERSON,
        personId,
        emailOf(number),
        name,
        context.passwordHash(),
        country.code(),
        pick(country.organisations()),
        language,
        country.zone().getId(),
        true,
        created);
    rows.add(Table.PERSON_ROLE, personId, "LEARNER");
    NationalDataSet.token(
        rows, context.ids(), context.settings(), personId, emailOf(number), created);
    for (Draft draft : drafts) {
      judge(rows, personId, draft);
    }
    for (Map.Entry<String, QuizRecord> quiz :
        quizzes.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      if (quiz.getValue().passedAt != null) {
        rows.add(
            Table.QUIZ_PASS,
            personId,
            quiz.getKey(),
            quiz.getValue().passedAt,
            quiz.getValue().bestScore);
      }
    }
  }

  /** The core course for nearly everyone, the country track for about half of a pilot country. */
  private List<CourseShape> courses() {
    Catalogue catalogue = context.catalogue();
    if (!country.pilot()) {
      return List.of(catalogue.course(NationalDataSet.CORE_COURSE));
    }
    boolean core = random.nextDouble() < 0.85;
    boolean track = !core || random.nextDouble() < 0.55;
    List<CourseShape> courses = new ArrayList<>();
    if (core) {
      courses.add(catalogue.course(NationalDataSet.CORE_COURSE));
    }
    if (track) {
      courses.add(catalogue.course(country.trackId()));
    }
    return courses;
  }

  /** Enrols, studies, takes quizzes and registers for a session; the rows of all that. */
  private Draft take(Rows rows, long personId, CourseShape course) {
    long id = context.ids().next(Table.ENROLLMENT);
    List<CohortPlan> runs =
        context.cohorts().getOrDefault(Context.key(course.id(), country.code()), List.of());
    CohortPlan cohort = !runs.isEmpty() && random.nextDouble() < 0.7 ? pick(runs) : null;
    Instant enrolledAt =
        cohort == null
            ? now.minus(Duration.ofDays(1 + random.nextInt(400)))
                .minusSeconds(random.nextInt(86_400))
            : cohort
                .startsOn()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .minus(Duration.ofDays(random.nextInt(21)))
                .plusSeconds(random.nextInt(86_400));

    List<ModuleShape> walked = modulesWalked(course);
    List<Long> lessons = walked.stream().flatMap(m -> m.lessonIds().stream()).toList();
    double stage = random.nextDouble();
    int completed =
        stage < 0.15 ? 0 : stage >= 0.68 ? lessons.size() : random.nextInt(lessons.size());
    boolean inProgress = stage >= 0.15 && completed < lessons.size();
    long available = Duration.between(enrolledAt, now).getSeconds();
    long span =
        Math.min(available * 9 / 10, Duration.ofDays(10 + random.nextInt(140)).getSeconds());

    Map<Long, LessonState> states = new HashMap<>();
    Instant lastActivity = null;
    Long resume = null;
    int reached = inProgress ? completed + 1 : completed;
    for (int i = 0; i < reached; i++) {
      Instant at = enrolledAt.plusSeconds(span * (i + 1) / (lessons.size() + 1));
      LessonState state = i < completed ? LessonState.COMPLETED : LessonState.IN_PROGRESS;
      int seconds =
          state == LessonState.COMPLETED ? 180 + random.nextInt(720) : 30 + random.nextInt(270);
      progress(rows, id, lessons.get(i), state, seconds, at.minusSeconds(seconds), at);
      states.put(lessons.get(i), state);
      lastActivity = at;
      resume = lessons.get(i);
    }
    Map<String, Instant> modulesDone = new LinkedHashMap<>();
    int lastLesson = -1;
    for (ModuleShape module : walked) {
      lastLesson += module.lessonIds().size();
      if (lastLesson < completed) {
        modulesDone.put(
            module.id(), enrolledAt.plusSeconds(span * (lastLesson + 1) / (lessons.size() + 1)));
      }
    }
    modulesDone.forEach(
        (moduleId, at) -> takeQuiz(rows, personId, context.catalogue().module(moduleId), at));

    Instant withdrawnAt = null;
    if (completed < lessons.size() && random.nextDouble() < 0.05) {
      Instant last = lastActivity == null ? enrolledAt : lastActivity;
      withdrawnAt = NationalDataSet.min(last.plus(Duration.ofDays(1 + random.nextInt(30))), now);
    }
    Instant attendedUntil =
        withdrawnAt == null
            ? liveSession(rows, personId, course, cohort, enrolledAt, states)
            : null;
    return new Draft(
        id, course, cohort, enrolledAt, states, lastActivity, resume, withdrawnAt, attendedUntil);
  }

  private void progress(
      Rows rows,
      long enrollmentId,
      long lessonId,
      LessonState state,
      int seconds,
      Instant first,
      Instant last) {
    rows.add(
        Table.LESSON_PROGRESS,
        context.ids().next(Table.LESSON_PROGRESS),
        enrollmentId,
        lessonId,
        state.name(),
        seconds,
        first,
        last,
        state == LessonState.COMPLETED ? last : null);
  }

  /**
   * The required modules and, of the optional ones, as many as the course asks for: in a pilot
   * country mostly the toolkits in focus there. In course order, as the player leads through them.
   */
  private List<ModuleShape> modulesWalked(CourseShape course) {
    List<String> optional =
        course.modules().stream().filter(m -> !m.required()).map(ModuleChoice::moduleId).toList();
    List<String> chosen = new ArrayList<>();
    if (country.pilot() && random.nextDouble() < 0.6) {
      country.focusModules().stream().filter(optional::contains).forEach(chosen::add);
    }
    List<String> others = new ArrayList<>(optional);
    others.removeAll(chosen);
    Collections.shuffle(others, random);
    chosen.addAll(others);
    List<String> taken = chosen.subList(0, Math.min(course.minOptionalModules(), chosen.size()));
    return course.modules().stream()
        .filter(m -> m.required() || taken.contains(m.moduleId()))
        .map(m -> context.catalogue().module(m.moduleId()))
        .toList();
  }

  /**
   * Attempts at a module's quiz after its last lesson, until a pass or the attempt limit; a quiz
   * already passed (or used up) in another course is not taken again.
   */
  private void takeQuiz(Rows rows, long personId, ModuleShape module, Instant lessonsDone) {
    Catalogue.Quiz quiz = module.quiz();
    if (quiz == null || quiz.questions().isEmpty()) {
      return;
    }
    QuizRecord record = quizzes.computeIfAbsent(module.id(), m -> new QuizRecord());
    boolean onPlatform = number % context.settings().quizTakersEvery() == 0;
    Instant at = lessonsDone.plus(Duration.ofHours(1 + random.nextInt(72)));
    while (record.passedAt == null
        && record.attempts < quiz.attemptLimit()
        && at.isBefore(now.minus(Duration.ofHours(1)))) {
      record.attempts++;
      Instant submitted = at.plusSeconds(180 + random.nextInt(600));
      double score =
          onPlatform
              ? attempt(rows, personId, module.id(), quiz, record.attempts, at, submitted)
              : Math.max(
                  0,
                  Math.min(
                      100, Math.round((ability + random.nextGaussian() * 0.15) * 10_000) / 100.0));
      if (score >= quiz.passMark()) {
        record.passedAt = submitted;
        record.bestScore = score;
      }
      at = at.plus(Duration.ofDays(1 + random.nextInt(5)));
    }
  }

  /** An attempt with its drawn questions, answers and grades; returns its score in per cent. */
  private double attempt(
      Rows rows,
      long personId,
      String moduleId,
      Catalogue.Quiz quiz,
      int attemptNumber,
      Instant started,
      Instant submitted) {
    long attemptId = context.ids().next(Table.QUIZ_ATTEMPT);
    List<Catalogue.QuestionText> pool = new ArrayList<>(quiz.questions());
    Collections.shuffle(pool, random);
    List<Catalogue.QuestionText> drawn = pool.subList(0, Math.min(quiz.drawCount(), pool.size()));
    double total = 0;
    int position = 0;
    for (Catalogue.QuestionText text : drawn) {
      position++;
      String content = text.in(language);
      Question question = context.question(content);
      List<Integer> order =
          new ArrayList<>(IntStream.range(0, question.shuffledItems()).boxed().toList());
      Collections.shuffle(order, random);
      Answer answer = SimulatedAnswer.of(question, ability, random);
      double score = question.score(answer);
      total += score;
      rows.add(
          Table.ATTEMPT_ITEM,
          context.ids().next(Table.ATTEMPT_ITEM),
          attemptId,
          position,
          text.id(),
          text.key(),
          content,
          order.stream().map(String::valueOf).collect(Collectors.joining(",")),
          answer.isEmpty() ? null : JSON.toJson(answer),
          score,
          started.plusSeconds(20L * position));
    }
    double percent =
        drawn.isEmpty() ? 0 : Math.max(0, Math.round(total * 10_000.0 / drawn.size()) / 100.0);
    rows.add(
        Table.QUIZ_ATTEMPT,
        attemptId,
        personId,
        moduleId,
        attemptNumber,
        language,
        "SUBMITTED",
        started,
        quiz.timeLimitSeconds() == null ? null : started.plusSeconds(quiz.timeLimitSeconds()),
        submitted,
        new UUID(random.nextLong(), random.nextLong()).toString(),
        percent,
        percent >= quiz.passMark(),
        quiz.passMark(),
        quiz.reviewPolicy(),
        1);
    return percent;
  }

  /**
   * The cohort's session, or an open webinar a few weeks after enrolling: most who started
   * register, a few who did not; at a held session, those further along attend more often. Returns
   * when the attended session ended, or null.
   */
  private Instant liveSession(
      Rows rows,
      long personId,
      CourseShape course,
      CohortPlan cohort,
      Instant enrolledAt,
      Map<Long, LessonState> states) {
    SessionPlan session = cohort == null ? openSession(course, enrolledAt) : cohort.session();
    boolean started = !states.isEmpty();
    double registers = cohort == null ? (started ? 0.5 : 0.1) : (started ? 0.9 : 0.35);
    if (session == null || random.nextDouble() >= registers) {
      return null;
    }
    session.register();
    Instant registeredAt =
        NationalDataSet.min(
            enrolledAt.plus(Duration.ofHours(1 + random.nextInt(72))),
            session.startsAt.minus(Duration.ofHours(2)));
    rows.add(
        Table.SESSION_REGISTRATION,
        context.ids().next(Table.SESSION_REGISTRATION),
        session.id,
        personId,
        "REGISTERED",
        registeredAt);
    if (!session.heldBefore(now)) {
      return null;
    }
    long done = states.values().stream().filter(s -> s == LessonState.COMPLETED).count();
    double attends = done == 0 ? 0.25 : done * 2 >= states.size() ? 0.9 : 0.6;
    boolean attended = random.nextDouble() < attends;
    long seconds =
        session.minutes() * 60L * (attended ? 80 + random.nextInt(21) : random.nextInt(50)) / 100;
    rows.add(
        Table.SESSION_ATTENDANCE,
        context.ids().next(Table.SESSION_ATTENDANCE),
        session.id,
        personId,
        seconds,
        session.workshop ? (attended ? "PRESENT" : "ABSENT") : null,
        attended,
        session.endsAt().plus(Duration.ofHours(2)));
    return attended ? session.endsAt() : null;
  }

  private SessionPlan openSession(CourseShape course, Instant enrolledAt) {
    Instant earliest = enrolledAt.plus(Duration.ofDays(14 + random.nextInt(40)));
    return context.openSessions().getOrDefault(course.id(), List.of()).stream()
        .filter(s -> s.country == null || s.country == country)
        .filter(s -> !s.startsAt.isBefore(earliest))
        .findFirst()
        .orElse(null);
  }

  /**
   * The course's rule against every fact, as the application judges it the moment the last one
   * arrives: every counted lesson, the required modules' quizzes, the live sessions asked for.
   */
  private void judge(Rows rows, long personId, Draft draft) {
    CourseShape course = draft.course();
    int percent =
        CourseProgress.of(plan(course), draft.states(), course.minOptionalModules()).percent();
    Instant completedAt = null;
    if (draft.withdrawnAt() == null && percent == 100) {
      Instant last = draft.lastActivity();
      boolean quizzesPassed = true;
      for (ModuleChoice choice : course.modules()) {
        ModuleShape module = context.catalogue().module(choice.moduleId());
        if (course.quizzesRequired() && choice.required() && module.quiz() != null) {
          QuizRecord record = quizzes.get(module.id());
          if (record == null || record.passedAt == null) {
            quizzesPassed = false;
          } else if (record.passedAt.isAfter(last)) {
            last = record.passedAt;
          }
        }
      }
      int attended = draft.attendedUntil() == null ? 0 : 1;
      if (quizzesPassed && attended >= course.minLiveSessions()) {
        if (draft.attendedUntil() != null && draft.attendedUntil().isAfter(last)) {
          last = draft.attendedUntil();
        }
        completedAt = last.isAfter(now) ? now : last;
      }
    }
    String status =
        draft.withdrawnAt() != null ? "WITHDRAWN" : completedAt != null ? "COMPLETED" : "ACTIVE";
    rows.add(
        Table.ENROLLMENT,
        draft.id(),
        personId,
        course.id(),
        status,
        draft.enrolledAt(),
        completedAt,
        draft.withdrawnAt(),
        draft.lastActivity(),
        draft.resumeLesson(),
        draft.cohort() == null ? null : draft.cohort().id(),
        percent,
        country.code());
    if (completedAt != null) {
      context
          .completions()
          .accept(
              new Completion(personId, draft.id(), course, name, country, language, completedAt));
    }
  }

  /** The course's shape as the application measures progress against it: every module. */
  private List<CourseProgress.ModulePlan> plan(CourseShape course) {
    return course.modules().stream()
        .map(
            m ->
                new CourseProgress.ModulePlan(
                    m.moduleId(),
                    m.required(),
                    context.catalogue().module(m.moduleId()).lessonIds()))
        .toList();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
