package org.mmicd.academy.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.mmicd.academy.catalog.content.ContentProblem;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.CourseDefinition;
import org.mmicd.academy.catalog.content.LessonDefinition;
import org.mmicd.academy.catalog.content.ModuleDefinition;
import org.mmicd.academy.catalog.content.ModuleTranslation;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.PlatformSetting;
import org.mmicd.academy.platform.SharedCaches;

/** Modules, lessons and courses: loading them from files and finding them for learners. */
@ApplicationScoped
public class CatalogService {

  private static final Logger LOG = Logger.getLogger(CatalogService.class.getName());
  private static final String LOAD_LOCK = "content-load-lock";

  @PersistenceContext EntityManager em;
  @Inject ContentLocation contentLocation;
  @Inject Clock clock;
  @Inject Event<ModuleLoaded> moduleLoaded;
  @Inject Event<ContentLoaded> contentLoaded;
  @Inject SharedCaches sharedCaches;

  /** The outcome of a load, for the admin page and the API. */
  public record LoadReport(
      Instant loadedAt,
      String source,
      int modulesLoaded,
      int coursesLoaded,
      int lessonsRetired,
      List<ContentProblem> problems) {}

  /**
   * Reads the content directory and upserts it by stable ids. Modules and courses that fail
   * validation keep their previous version; lessons that disappeared are retired with their
   * history.
   */
  @Transactional
  public LoadReport reload() {
    lockAgainstOtherInstances();
    Path root = contentLocation.root();
    ContentSet content = new ContentReader(root).read();
    Instant now = clock.instant();
    List<ContentProblem> problems = new ArrayList<>(content.problems());
    int retiredLessons = loadModules(content, now);
    int coursesLoaded = loadCourses(content, problems, now);
    recordLoad(root, problems, now);
    sharedCaches.changed(SharedCaches.CATALOG);
    LOG.info(
        () ->
            "Content loaded from "
                + root
                + ": "
                + content.modules().size()
                + " modules, "
                + content.courses().size()
                + " courses, "
                + problems.size()
                + " problems");
    problems.forEach(p -> LOG.warning(() -> "Content problem " + p));
    return new LoadReport(
        now, root.toString(), content.modules().size(), coursesLoaded, retiredLessons, problems);
  }

  /**
   * Upserts the modules that validated and retires those whose folder is gone; counts retirements.
   */
  private int loadModules(ContentSet content, Instant now) {
    int retiredLessons = 0;
    Set<String> present = new HashSet<>(content.brokenModuleIds());
    for (ModuleDefinition definition : content.modules()) {
      retiredLessons += upsert(definition, now);
      moduleLoaded.fire(new ModuleLoaded(definition, now));
      present.add(definition.id());
    }
    for (LearningModule module : allModules()) {
      if (!present.contains(module.id()) && !module.retired()) {
        module.retire();
      }
    }
    return retiredLessons;
  }

  /** Upserts the courses whose modules all loaded, retires those whose file is gone. */
  private int loadCourses(ContentSet content, List<ContentProblem> problems, Instant now) {
    Set<String> coursesPresent = new HashSet<>(content.brokenCourseIds());
    int coursesLoaded = 0;
    for (CourseDefinition definition : content.courses()) {
      coursesPresent.add(definition.id());
      Optional<String> missing =
          definition.modules().stream()
              .map(CourseDefinition.ModuleChoice::moduleId)
              .filter(id -> em.find(LearningModule.class, id) == null)
              .findFirst();
      if (missing.isPresent()) {
        problems.add(
            new ContentProblem(
                definition.sourcePath(),
                definition.line(),
                "the course is not loaded because its module '"
                    + missing.get()
                    + "' could not be loaded"));
        continue;
      }
      upsert(definition, now);
      coursesLoaded++;
    }
    for (Course course : em.createQuery("select c from Course c", Course.class).getResultList()) {
      if (!coursesPresent.contains(course.id()) && !course.retired()) {
        course.retire();
      }
    }
    return coursesLoaded;
  }

  private void recordLoad(Path root, List<ContentProblem> problems, Instant now) {
    em.createQuery("delete from LoadProblem p").executeUpdate();
    for (ContentProblem problem : problems) {
      em.persist(new LoadProblem(problem.file(), problem.line(), problem.message(), now));
    }
    setting("content-loaded-at", now.toString());
    contentLoaded.fire(new ContentLoaded(now));
    setting("content-source", root.toString());
  }

  private int upsert(ModuleDefinition definition, Instant now) {
    LearningModule module = em.find(LearningModule.class, definition.id());
    if (module == null) {
      module = new LearningModule(definition.id());
      em.persist(module);
    }
    module.describe(
        definition.part(),
        definition.sector(),
        definition.country(),
        definition.partners(),
        definition.version(),
        definition.quizFile(),
        definition.sourcePath(),
        moduleTexts(definition),
        definition.resources().stream()
            .map(r -> new KeyResource(r.title(), r.publisher(), r.url()))
            .toList(),
        now);
    return upsertLessons(module, definition);
  }

  /** The module's title and summary in English and in each language whose translation titles it. */
  private static Map<String, LocalizedText> moduleTexts(ModuleDefinition definition) {
    Map<String, LocalizedText> texts = new HashMap<>();
    texts.put("en", new LocalizedText(definition.title(), definition.summary()));
    for (ModuleTranslation translation : definition.translations().values()) {
      if (translation.title() != null) {
        texts.put(
            translation.language(),
            new LocalizedText(
                translation.title(),
                translation.summary() == null ? definition.summary() : translation.summary()));
      }
    }
    return texts;
  }

  /**
   * Lessons in the order the file gives them; lessons no longer in the file are retired (kept with
   * their history, after the active ones). Returns how many were newly retired.
   */
  private int upsertLessons(LearningModule module, ModuleDefinition definition) {
    Map<String, Lesson> existing = new HashMap<>();
    for (Lesson lesson :
        em.createQuery("select l from Lesson l where l.module = :module", Lesson.class)
            .setParameter("module", module)
            .getResultList()) {
      existing.put(lesson.key(), lesson);
    }
    List<Lesson> ordered = new ArrayList<>();
    int position = 0;
    for (LessonDefinition definitionOfLesson : definition.lessons()) {
      Lesson lesson = existing.remove(definitionOfLesson.id());
      if (lesson == null) {
        lesson = new Lesson(module, definitionOfLesson.id());
        em.persist(lesson);
      }
      lesson.describe(
          position++,
          definitionOfLesson.type(),
          definitionOfLesson.minutes(),
          definitionOfLesson.url(),
          lessonTexts(definitionOfLesson, definition));
      ordered.add(lesson);
    }
    int retired = 0;
    for (Lesson gone : existing.values()) {
      if (!gone.retired()) {
        retired++;
      }
      gone.retire(position++);
      ordered.add(gone);
    }
    module.replaceLessonList(ordered);
    return retired;
  }

  /**
   * The lesson in English and in each language a translation covers; whatever a translation leaves
   * out (title, body, objectives, trainer notes) falls back to English.
   */
  private static Map<String, LessonText> lessonTexts(
      LessonDefinition lesson, ModuleDefinition module) {
    Map<String, LessonText> texts = new HashMap<>();
    texts.put(
        "en",
        new LessonText(
            lesson.title(), lesson.markdown(), lesson.objectives(), lesson.trainerNotes()));
    for (ModuleTranslation translation : module.translations().values()) {
      if (translates(translation, lesson.id())) {
        texts.put(
            translation.language(),
            new LessonText(
                translation.lessonTitles().getOrDefault(lesson.id(), lesson.title()),
                translation.lessonBodies().getOrDefault(lesson.id(), lesson.markdown()),
                translation.lessonObjectives().getOrDefault(lesson.id(), lesson.objectives()),
                translation.trainerNotes().getOrDefault(lesson.id(), lesson.trainerNotes())));
      }
    }
    return texts;
  }

  private static boolean translates(ModuleTranslation translation, String lessonId) {
    return translation.lessonTitles().containsKey(lessonId)
        || translation.lessonBodies().containsKey(lessonId)
        || translation.lessonObjectives().containsKey(lessonId)
        || translation.trainerNotes().containsKey(lessonId);
  }

  private void upsert(CourseDefinition definition, Instant now) {
    Course course = em.find(Course.class, definition.id());
    if (course == null) {
      course = new Course(definition.id());
      em.persist(course);
    }
    List<ModuleInCourse> modules = new ArrayList<>();
    int position = 0;
    for (CourseDefinition.ModuleChoice choice : definition.modules()) {
      modules.add(new ModuleInCourse(choice.moduleId(), position++, choice.required()));
    }
    course.describe(
        definition.title(),
        definition.summary(),
        definition.languages(),
        definition.countries(),
        modules,
        definition.quizzesRequired(),
        definition.minOptionalModules(),
        definition.minLiveSessions(),
        definition.certificate().title(),
        definition.certificate().signatory(),
        definition.sourcePath(),
        now);
    course.askForLiveSessionShare(definition.liveSessionSharePercent());
    course.certifyFor(
        definition.certificate().validityMonths(), definition.certificate().recertify());
    Map<String, LocalizedText> translations = new HashMap<>();
    definition
        .translations()
        .forEach(
            (language, t) -> translations.put(language, new LocalizedText(t.title(), t.summary())));
    course.translate(translations);
  }

  /** Two instances starting together must not both insert the same module. */
  private void lockAgainstOtherInstances() {
    PlatformSetting lock =
        em.find(PlatformSetting.class, LOAD_LOCK, LockModeType.PESSIMISTIC_WRITE);
    if (lock == null) {
      em.persist(new PlatformSetting(LOAD_LOCK, "1"));
      em.flush();
    }
  }

  private void setting(String name, String value) {
    PlatformSetting setting = em.find(PlatformSetting.class, name);
    if (setting == null) {
      em.persist(new PlatformSetting(name, value));
    } else {
      setting.change(value);
    }
  }

  public List<ContentProblem> lastLoadProblems() {
    return em
        .createQuery("select p from LoadProblem p order by p.file, p.line", LoadProblem.class)
        .getResultList()
        .stream()
        .map(p -> new ContentProblem(p.file(), p.line(), p.message()))
        .toList();
  }

  public Optional<Instant> lastLoadedAt() {
    return Optional.ofNullable(em.find(PlatformSetting.class, "content-loaded-at"))
        .map(s -> Instant.parse(s.value()));
  }

  public List<Course> courses() {
    return em.createQuery(
            "select c from Course c where c.retired = false order by c.id", Course.class)
        .getResultList();
  }

  public Optional<Course> findCourse(String id) {
    return Optional.ofNullable(em.find(Course.class, id)).filter(c -> !c.retired());
  }

  public Course getCourse(String id) {
    return findCourse(id).orElseThrow(() -> DomainException.notFound("error.course.not-found", id));
  }

  public List<LearningModule> allModules() {
    return em.createQuery("select m from LearningModule m order by m.id", LearningModule.class)
        .getResultList();
  }

  /** The modules of a course, in course order. */
  public List<LearningModule> modulesOf(Course course) {
    return modulesOf(List.of(course));
  }

  /**
   * The modules of several courses, in course order (each module once). Found by id, so that they
   * come from the shared cache (the catalogue is cached; content loads drop it) without a query.
   */
  public List<LearningModule> modulesOf(List<Course> courses) {
    return courses.stream()
        .flatMap(c -> c.modules().stream())
        .map(ModuleInCourse::moduleId)
        .distinct()
        .map(id -> em.find(LearningModule.class, id))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** A lesson of a course, addressed as {@code moduleId.lessonKey} or by its key alone. */
  public Lesson getLesson(Course course, String lessonRef) {
    for (LearningModule module : modulesOf(course)) {
      String key = lessonRef;
      int slash = lessonRef.indexOf('.');
      if (slash >= 0) {
        if (!lessonRef.substring(0, slash).equals(module.id())) {
          continue;
        }
        key = lessonRef.substring(slash + 1);
      }
      Optional<Lesson> lesson = module.activeLesson(key);
      if (lesson.isPresent()) {
        return lesson.get();
      }
    }
    throw DomainException.notFound("error.lesson.not-found", course.id(), lessonRef);
  }
}
