package org.mmicd.academy.learning;

/**
 * An admin recorded a completion earned outside the platform's own rule; fired in that transaction
 * so that features above learning (certificates) can act on it.
 */
public record CompletionRecorded(long enrollmentId) {}
