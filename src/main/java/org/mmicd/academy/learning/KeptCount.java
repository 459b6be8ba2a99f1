package org.mmicd.academy.learning;

/**
 * A count that a feature above learning keeps on the enrollment for the reports (such as the live
 * sessions attended), checked with learning's own counts against a full recount.
 */
public interface KeptCount {

  /** How many enrollments keep a count that differs from the facts (0 when all agree). */
  long mismatches();
}
