package org.mmicd.academy.learning;

/** The answer to a progress report; a replay of the same report gets exactly this again. */
public record ProgressResult(
    String eventId,
    long enrollmentId,
    String lessonId,
    String state,
    int secondsSpent,
    int coursePercent) {}
