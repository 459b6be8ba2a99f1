package org.mmicd.academy.catalog.content;

import org.mmicd.academy.catalog.LessonType;

/** A lesson as its author wrote it. {@code markdown} is null for link-only lessons. */
public record LessonDefinition(
    String id, String title, LessonType type, int minutes, String url, String markdown) {}
