package org.mmicd.academy.learning;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The lesson page's outline, made ready for the page once per view: every address, language and
 * state the template shows is worked out here, and read through plain getters. A course has dozens
 * of lessons, and a link component with record-accessor expressions for each one made the outline
 * the costliest part of the page (issue 12).
 */
public final class LessonOutline {

  private LessonOutline() {}

  /** A module of the outline; open when it holds the lesson shown. */
  public static final class Module implements Serializable {
    private final String id;
    private final String title;
    private final String language;
    private final String done;
    private final boolean open;
    private final List<Entry> lessons;

    Module(
        String id, String title, String language, String done, boolean open, List<Entry> lessons) {
      this.id = id;
      this.title = title;
      this.language = language;
      this.done = done;
      this.open = open;
      this.lessons = lessons;
    }

    public String getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getLanguage() {
      return language;
    }

    /** Lessons completed of the module's lessons, as "3/5". */
    public String getDone() {
      return done;
    }

    public boolean isOpen() {
      return open;
    }

    public List<Entry> getLessons() {
      return lessons;
    }
  }

  /** A lesson of the outline, with the address of its page and the learner's state of it. */
  public static final class Entry implements Serializable {
    private final String id;
    private final String title;
    private final String language;
    private final String state;
    private final String href;
    private final boolean current;

    Entry(String id, String title, String language, String state, String href, boolean current) {
      this.id = id;
      this.title = title;
      this.language = language;
      this.state = state;
      this.href = href;
      this.current = current;
    }

    public String getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }

    public String getLanguage() {
      return language;
    }

    /** The API name of the learner's state: not_started, in_progress or completed. */
    public String getState() {
      return state;
    }

    public String getHref() {
      return href;
    }

    public boolean isCurrent() {
      return current;
    }
  }

  /**
   * The outline of a course for one page: {@code pagePath} is the lesson page's address (with the
   * application's context path), {@code lang} the language asked for in the address, if any, kept
   * on every link; {@code languages} the language each module and lesson title is shown in.
   */
  static List<Module> of(
      List<EnrollmentView.ModuleView> modules,
      String currentLessonId,
      String courseId,
      String lang,
      String pagePath,
      Map<String, String> languages) {
    String course = pagePath + "?course=" + encode(courseId) + "&lesson=";
    String language = lang == null ? "" : "&lang=" + encode(lang);
    return modules.stream()
        .map(
            m ->
                new Module(
                    m.moduleId(),
                    m.title(),
                    languages.getOrDefault(m.moduleId(), "en"),
                    m.completedLessons() + "/" + m.totalLessons(),
                    m.lessons().stream().anyMatch(l -> l.lessonId().equals(currentLessonId)),
                    m.lessons().stream()
                        .map(
                            l ->
                                new Entry(
                                    l.lessonId(),
                                    l.title(),
                                    languages.getOrDefault(l.lessonId(), "en"),
                                    l.state(),
                                    course + encode(l.lessonId()) + language,
                                    l.lessonId().equals(currentLessonId)))
                        .toList()))
        .toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
