/**
 * Reporting: what coordinators, trainers and admins learn about learning at scale. Completion rates
 * by country, course, sector, cohort, organisation and period (any two combined), the funnel from
 * enrolment to completion, dropout, median days to complete, quiz pass rates, live-session
 * attendance rates and the learners behind every number; as JSON, CSV and XLSX, and on the
 * coordinators' dashboard.
 *
 * <p>Owns no table. It reads learning, assessment, webinars, identity and catalog through SQL
 * aggregates (one grouped statement per figure, never a statement per learner or per group) that
 * run on H2 in PostgreSQL mode and on PostgreSQL alike. Who sees which learners is decided by a
 * {@link org.mmicd.academy.reporting.ReportScope} turned into the WHERE clause of every statement.
 * Nothing below it knows it exists.
 */
package org.mmicd.academy.reporting;
