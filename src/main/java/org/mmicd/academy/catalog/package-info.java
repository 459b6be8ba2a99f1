/**
 * The course library: modules, their lessons and translations, courses that assemble modules, and
 * loading them from the content files (sub-package {@code content} reads and validates the files).
 * Pages: the catalogue, and the admins' content status. Uses identity (roles) and platform; knows
 * no learner.
 */
package org.mmicd.academy.catalog;
