/**
 * Live sessions (webinars and in-country workshops) across time zones: scheduling, changes and
 * cancellation, registration with a waiting list, and the pages and API for them. What happens is
 * announced as {@link SessionNews} to the sub-packages above: {@code notices} (mail), {@code
 * attendance} and {@code calendar}, none of which this package knows. Uses learning (who may
 * attend, cohorts), catalog, identity and platform.
 */
package org.mmicd.academy.webinars;
