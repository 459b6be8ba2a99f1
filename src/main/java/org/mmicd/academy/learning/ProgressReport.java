package org.mmicd.academy.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What a client reports about a lesson. The event id is the client's, so retries are recognised.
 */
public record ProgressReport(
    @NotNull(message = "an eventId (a UUID made by the client) is required")
        @Pattern(
            regexp = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
            message = "must be a UUID such as 3f2b8c1e-9d4a-4c5e-8f7a-1b2c3d4e5f60")
        String eventId,
    @NotBlank(message = "a lessonId such as toolkit-health.why-health is required") String lessonId,
    @NotNull(message = "a state is required: in_progress or completed")
        @Pattern(regexp = "in_progress|completed", message = "must be in_progress or completed")
        String state,
    @Min(value = 0, message = "cannot be negative")
        @Max(
            value = LessonProgress.MAX_SECONDS_PER_EVENT,
            message = "cannot exceed 14400 (4 hours) in one event")
        int secondsSpent) {

  public LessonState lessonState() {
    return LessonState.valueOf(state.toUpperCase(java.util.Locale.ROOT));
  }
}
