package org.mmicd.academy.catalog;

import java.time.Instant;

/**
 * Fired inside the load transaction once every module and course is in place, so that features
 * above the catalogue can bring what they derive from the courses' shape up to date.
 */
public record ContentLoaded(Instant loadedAt) {}
