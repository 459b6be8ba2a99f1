/**
 * What every feature shares and no feature owns: the data source and Flyway migrations,
 * configuration, the clock, domain errors and their problem+json answers, page messages, health and
 * diagnostics. Uses nothing of the features.
 */
package org.mmicd.academy.platform;
