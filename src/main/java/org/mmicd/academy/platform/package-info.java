/**
 * What every feature shares and no feature owns: the data source and Flyway migrations,
 * configuration, the clock, domain errors and their problem+json answers, page messages, health and
 * diagnostics, and what several instances share: once-per-due-time job claims ({@link
 * org.mmicd.academy.platform.JobRuns}), cache versions ({@link
 * org.mmicd.academy.platform.SharedCaches}) and draining. Uses nothing of the features.
 */
package org.mmicd.academy.platform;
