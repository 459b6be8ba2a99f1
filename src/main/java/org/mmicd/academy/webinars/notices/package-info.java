/**
 * What people hear about live sessions, by mail through the outbox: invitations with the calendar
 * entry, reminders a day and an hour before, waiting-list news, changes and cancellations. Acts on
 * the sessions' {@link org.mmicd.academy.webinars.SessionNews}; uses the sessions, calendar, mail,
 * identity and platform.
 */
package org.mmicd.academy.webinars.notices;
