package org.mmicd.academy.catalog.content;

import java.util.List;
import org.mmicd.academy.catalog.LessonType;

/**
 * A lesson as its author wrote it. {@code markdown} is null for link-only lessons; {@code
 * objectives} is empty when none are given; {@code trainerNotes} (Markdown for trainers only) is
 * usually null.
 */
public record LessonDefinition(
    String id,
    String title,
    LessonType type,
    int minutes,
    String url,
    String markdown,
    List<String> objectives,
    String trainerNotes) {}
