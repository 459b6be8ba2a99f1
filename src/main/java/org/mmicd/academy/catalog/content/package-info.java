/**
 * Reading the content files ({@code modules/}, {@code courses/}): YAML and Markdown into
 * definitions, every problem reported with its file and line. Pure Java: no persistence, no CDI.
 */
package org.mmicd.academy.catalog.content;
