/**
 * Enrollments, lesson progress with replay-safe events, resume points, quiz passes as learning
 * records them, and the learner's pages (course page, lesson player, My learning). Uses catalog,
 * identity and platform; tells features above it what happened through CDI events.
 */
package org.mmicd.academy.learning;
