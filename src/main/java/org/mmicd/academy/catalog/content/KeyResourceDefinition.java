package org.mmicd.academy.catalog.content;

/** A publication a learner may need in the original; {@code url} is null when not linked. */
public record KeyResourceDefinition(String title, String publisher, String url) {}
