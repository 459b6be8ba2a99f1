/**
 * Live sessions (webinars and in-country workshops) across time zones: scheduling, registration
 * with a waiting list, notices and reminders through the mail outbox, calendar entries and feeds,
 * and attendance from roll calls and meeting reports. Uses learning (who may attend), catalog,
 * identity, mail and platform.
 */
package org.mmicd.academy.webinars;
