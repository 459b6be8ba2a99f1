package org.mmicd.academy.catalog.content;

import java.util.List;
import java.util.Set;

/**
 * Everything read from a content directory: the modules and courses that validated, the ids of
 * those that did not (they keep their previously loaded version) and the problems found.
 */
public record ContentSet(
    List<ModuleDefinition> modules,
    List<CourseDefinition> courses,
    Set<String> brokenModuleIds,
    Set<String> brokenCourseIds,
    List<ContentProblem> problems) {}
