package org.mmicd.academy.catalog.content;

import java.util.List;
import java.util.Map;

/**
 * What a module's {@code i18n/<language>/} folder provides; anything absent falls back to English.
 * The maps are keyed by lesson id.
 */
public record ModuleTranslation(
    String language,
    String title,
    String summary,
    Map<String, String> lessonTitles,
    Map<String, String> lessonBodies,
    Map<String, List<String>> lessonObjectives,
    Map<String, String> trainerNotes,
    QuizDefinition quiz) {}
