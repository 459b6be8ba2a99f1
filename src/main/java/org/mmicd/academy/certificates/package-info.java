/**
 * Course completion and certificates. {@code completion} holds the rule (a course file's {@code
 * completion:} block as a value object judging recorded facts) and gathers the facts; this package
 * completes enrollments when learning, assessment or webinars report a fact (CDI events, in their
 * transaction), issues certificates with their snapshots and mail, verifies them publicly, and lets
 * staff revoke, re-issue and re-evaluate with an audit log; {@code pdf} draws the A4 certificate;
 * {@code credential} signs the Open Badges 3.0 credential and publishes the keys. Uses catalog,
 * identity, learning, assessment, webinars, mail and platform; none of them uses this package.
 */
package org.mmicd.academy.certificates;
