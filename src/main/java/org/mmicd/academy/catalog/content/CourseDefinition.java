package org.mmicd.academy.catalog.content;

import java.util.List;
import java.util.Map;

/**
 * A course file, read and validated. Its completion rule: every lesson of the required modules,
 * their quizzes passed unless {@code quizzesRequired} is false, {@code minOptionalModules} optional
 * modules, at least {@code minLiveSessions} live sessions attended, and, for a learner in a cohort,
 * at least {@code liveSessionSharePercent} % of the sessions held for that cohort (0: no share).
 */
public record CourseDefinition(
    String id,
    String title,
    String summary,
    List<String> languages,
    List<String> countries,
    List<ModuleChoice> modules,
    boolean quizzesRequired,
    int minOptionalModules,
    int minLiveSessions,
    int liveSessionSharePercent,
    CertificateTerms certificate,
    String sourcePath,
    int line,
    Map<String, Translation> translations) {

  /** One module of the course, in order. */
  public record ModuleChoice(String moduleId, boolean required, int line) {}

  /** The course's title and summary in another language, from the file's {@code i18n} block. */
  public record Translation(String title, String summary) {}
}
