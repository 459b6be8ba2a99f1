package org.mmicd.academy.catalog;

import java.time.Instant;
import org.mmicd.academy.catalog.content.ModuleDefinition;

/**
 * Fired inside the load transaction for every module that validated, so that features above the
 * catalogue (quizzes) can upsert what they own of it.
 */
public record ModuleLoaded(ModuleDefinition definition, Instant loadedAt) {}
