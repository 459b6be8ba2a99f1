/**
 * People and their roles, countries, sign-in (one authentication mechanism: form for pages, Bearer
 * tokens or Basic for the API), password hashing, personal access tokens, self-registration,
 * sign-in links by mail (the welcome, "forgot your password?") and changing one's password, and the
 * person's interface language and time zone; protection against password guessing (failed sign-ins
 * per account and address, delays, locks, a cap on concurrent password checks) and the admins' view
 * of it. The bottom feature: uses platform, and mail's outbox for account notices.
 */
package org.mmicd.academy.identity;
