package org.mmicd.academy.catalog.content;

import java.util.List;

/** A course file, read and validated. */
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
    CertificateTerms certificate,
    String sourcePath,
    int line) {

  /** One module of the course, in order. */
  public record ModuleChoice(String moduleId, boolean required, int line) {}
}
