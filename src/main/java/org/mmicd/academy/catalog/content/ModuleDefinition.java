package org.mmicd.academy.catalog.content;

import java.util.List;
import java.util.Map;
import org.mmicd.academy.catalog.ResourcePart;
import org.mmicd.academy.catalog.Sector;

/** A module folder, read and validated. */
public record ModuleDefinition(
    String id,
    String title,
    ResourcePart part,
    Sector sector,
    String country,
    List<String> partners,
    int version,
    String summary,
    List<LessonDefinition> lessons,
    List<KeyResourceDefinition> resources,
    QuizDefinition quiz,
    String quizFile,
    Map<String, ModuleTranslation> translations,
    String sourcePath) {}
