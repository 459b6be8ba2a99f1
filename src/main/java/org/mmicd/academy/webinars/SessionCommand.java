package org.mmicd.academy.webinars;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A session as a trainer writes it: the start as a wall-clock time in the organiser's zone, modules
 * by id, trainers by e-mail. The same body creates ({@code POST}) and replaces ({@code PUT}).
 */
public record SessionCommand(
    @NotNull(message = "a kind is required: webinar or workshop")
        @Pattern(regexp = "(?i)webinar|workshop", message = "must be webinar or workshop")
        String kind,
    @NotBlank(message = "a title is required") @Size(max = 300) String title,
    @Size(max = 4000) String description,
    @NotBlank(message = "a start such as 2025-03-31T10:00 (in timeZone) is required")
        String startsAt,
    @NotBlank(message = "the organiser's time zone, such as Europe/Brussels, is required")
        String timeZone,
    @NotNull(message = "a duration in minutes is required")
        @Min(value = SessionDetails.MIN_MINUTES, message = "must be at least 5 minutes")
        @Max(value = SessionDetails.MAX_MINUTES, message = "must be at most 1440 minutes (a day)")
        Integer durationMinutes,
    @NotNull(message = "a capacity (number of seats) is required")
        @Min(value = 1, message = "must be at least 1")
        @Max(value = SessionDetails.MAX_CAPACITY, message = "must be at most 10000")
        Integer capacity,
    @Size(max = 1000) String joinUrl,
    @Size(max = 500) String venue,
    @Size(min = 2, max = 2, message = "must be an ISO 3166 alpha-2 code such as NP") String country,
    Long cohortId,
    @NotEmpty(message = "at least one module id, such as toolkit-health, is required")
        List<String> moduleIds,
    List<String> trainerEmails,
    @Min(value = 1, message = "must be between 1 and 100")
        @Max(value = 100, message = "must be between 1 and 100")
        Integer attendanceThreshold,
    @Size(max = 1000) String recordingUrl) {

  public static final int DEFAULT_THRESHOLD = 75;
}
