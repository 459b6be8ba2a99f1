package org.mmicd.academy.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.catalog.Lesson;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.PasswordHasher;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.Registration;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.learning.Enrollment;
import org.mmicd.academy.learning.LearningService;
import org.mmicd.academy.learning.LessonState;

/**
 * A living platform for newcomers: one account per role and a few hundred learners in the pilot
 * countries (and a few others) at every stage of their courses. Seeded, so every run looks the
 * same.
 */
@ApplicationScoped
public class DemoGenerator {

  public static final String PASSWORD = "mmicd-demo";
  public static final String DEMO_LEARNER = "learner@demo.mmicd.org";

  private static final String CORE_COURSE = "mmicd-blended";
  private static final Map<String, String> TRACKS =
      Map.of("EC", "track-ecuador", "MG", "track-madagascar", "NP", "track-nepal");
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "EC",
              List.of(
                  "María Quishpe",
                  "Diego Andrade",
                  "Lucía Cevallos",
                  "Andrés Paredes",
                  "Gabriela Yánez",
                  "Fernando Salazar",
                  "Paola Guamán",
                  "Jorge Villacís"),
          "NP",
              List.of(
                  "Sita Gurung",
                  "Ram Bahadur Thapa",
                  "Anjali Shrestha",
                  "Bishnu Adhikari",
                  "Sunita Tamang",
                  "Prakash Khadka",
                  "Kamala Rai",
                  "Dipendra Magar"),
          "MG",
              List.of(
                  "Hery Rakotomalala",
                  "Voahangy Rasoanaivo",
                  "Tiana Randriamanana",
                  "Fanja Razafindrabe",
                  "Andry Rabemananjara",
                  "Lalao Ravelojaona",
                  "Mamy Andrianarisoa",
                  "Nirina Rakotoarisoa"),
          "PH", List.of("Maria Santos", "Jose Reyes", "Ana Cruz", "Mark Bautista"),
          "MZ", List.of("Ana Machava", "João Nhantumbo", "Celeste Mondlane", "Rui Cossa"),
          "BE", List.of("Els Peeters", "Luc Janssens", "Sophie Dubois", "Pieter Maes"));
  private static final Map<String, String> LANGUAGE =
      Map.of("EC", "es", "NP", "en", "MG", "fr", "PH", "en", "MZ", "en", "BE", "fr");
  private static final Map<String, String> ORGANISATIONS =
      Map.of(
          "EC", "Ministerio de Relaciones Exteriores y Movilidad Humana",
          "NP", "Ministry of Labour, Employment and Social Security",
          "MG", "Ministère de l'Agriculture, de l'Élevage et de la Pêche",
          "PH", "Department of Migrant Workers",
          "MZ", "Ministry of Labour and Social Security",
          "BE", "Development cooperation agency");

  @Inject AccountService accounts;
  @Inject PasswordHasher passwords;
  @Inject CatalogService catalog;
  @Inject LearningService learning;
  @Inject Clock clock;
  @Inject DemoQuizAttempts quizAttempts;

  /**
   * The countries, the staff accounts and the demo learner; returns the password hash all share.
   */
  @Transactional
  public String createStaff() {
    accounts.addCountry("PH", "Philippines", ZoneId.of("Asia/Manila"), List.of("en", "fil"));
    accounts.addCountry("MZ", "Mozambique", ZoneId.of("Africa/Maputo"), List.of("pt"));
    accounts.addCountry("BE", "Belgium", ZoneId.of("Europe/Brussels"), List.of("fr", "nl", "de"));
    String hash = passwords.hash(PASSWORD);
    Instant now = clock.instant();
    person(
        "admin@demo.mmicd.org",
        "Alex Admin",
        "BE",
        hash,
        EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.TRAINER, Role.LEARNER));
    person(
        "coordinator@demo.mmicd.org",
        "Chandra Coordinator",
        "NP",
        hash,
        EnumSet.of(Role.COORDINATOR, Role.LEARNER));
    person(
        "trainer@demo.mmicd.org",
        "Teresa Trainer",
        "EC",
        hash,
        EnumSet.of(Role.TRAINER, Role.LEARNER));
    Person demoLearner =
        person(DEMO_LEARNER, "Laxmi Learner", "NP", hash, EnumSet.of(Role.LEARNER));
    catalog
        .findCourse(CORE_COURSE)
        .ifPresent(
            course ->
                progress(
                    learning.importEnrollment(demoLearner, course, now.minus(Duration.ofDays(9))),
                    course,
                    3,
                    new Random(20171201L),
                    now));
    return hash;
  }

  /**
   * One generated learner with their enrollments, progress and quiz attempts, in a transaction of
   * its own: one transaction for all of them grows a persistence context that slows every flush.
   */
  @Transactional
  public void createLearner(int number, String hash) {
    Random random = new Random(20171201L + number);
    Instant now = clock.instant();
    List<String> countries =
        List.of("EC", "NP", "MG", "EC", "NP", "MG", "EC", "NP", "MG", "PH", "MZ", "BE");
    String country = countries.get(number % countries.size());
    List<String> names = NAMES.get(country);
    String name = names.get(random.nextInt(names.size()));
    Person learner =
        person(
            "learner" + (number + 1) + "@demo.mmicd.org",
            name,
            country,
            hash,
            EnumSet.of(Role.LEARNER));
    List<String> courseIds = new ArrayList<>();
    courseIds.add(CORE_COURSE);
    if (TRACKS.containsKey(country) && random.nextInt(3) > 0) {
      courseIds.add(TRACKS.get(country));
    }
    for (String courseId : courseIds) {
      var course = catalog.findCourse(courseId);
      if (course.isEmpty()) {
        continue;
      }
      Instant enrolledAt =
          now.minus(Duration.ofDays(1 + random.nextInt(300))).minusSeconds(random.nextInt(86_400));
      Enrollment enrollment = learning.importEnrollment(learner, course.get(), enrolledAt);
      int totalLessons = lessonsOf(course.get()).size();
      // Some never start, many are part-way, some have finished every lesson.
      int stage = random.nextInt(10);
      int completed = stage == 0 ? 0 : stage >= 8 ? totalLessons : random.nextInt(totalLessons + 1);
      progress(enrollment, course.get(), completed, random, now);
      if (courseId.equals(CORE_COURSE) && completed > 0 && number % 2 == 0) {
        quizAttempts.attempt(learner, random);
      }
    }
  }

  private Person person(
      String email, String name, String country, String hash, EnumSet<Role> roles) {
    return accounts.createWithHash(
        new Registration(
            email,
            name,
            PASSWORD,
            country,
            ORGANISATIONS.get(country),
            LANGUAGE.getOrDefault(country, "en"),
            null),
        hash,
        roles);
  }

  private void progress(
      Enrollment enrollment, Course course, int completedLessons, Random random, Instant now) {
    List<Lesson> lessons = lessonsOf(course);
    Instant when = enrollment.enrolledAt();
    Duration span = Duration.between(when, now);
    for (int i = 0; i < Math.min(completedLessons, lessons.size()); i++) {
      when = when.plus(span.dividedBy(lessons.size() + 2));
      learning.importProgress(
          enrollment, lessons.get(i), LessonState.COMPLETED, 180 + random.nextInt(600), when);
    }
    if (completedLessons < lessons.size() && completedLessons > 0) {
      learning.importProgress(
          enrollment,
          lessons.get(completedLessons),
          LessonState.IN_PROGRESS,
          30 + random.nextInt(240),
          when.plusSeconds(600));
    }
  }

  /**
   * The lessons that count towards the course, in order: required modules first, then two optional
   * ones.
   */
  private List<Lesson> lessonsOf(Course course) {
    List<Lesson> lessons = new ArrayList<>();
    List<LearningModule> modules = catalog.modulesOf(course);
    int optionalTaken = 0;
    for (var entry : course.modules()) {
      LearningModule module =
          modules.stream().filter(m -> m.id().equals(entry.moduleId())).findFirst().orElse(null);
      if (module == null) {
        continue;
      }
      if (entry.required() || optionalTaken++ < course.minOptionalModules()) {
        lessons.addAll(module.activeLessons());
      }
    }
    return lessons;
  }
}
