/**
 * Live sessions in people's calendars: the iCalendar writer (RFC 5545, lines folded at 75 octets),
 * each reader's entries, a session's .ics file, and the personal subscription feed at a secret
 * address. Uses the sessions ({@code webinars}), identity and platform.
 */
package org.mmicd.academy.webinars.calendar;
