/**
 * Mail for every feature: the transactional outbox (a mail is written in the transaction of the
 * change it reports and leaves after it commits, claimed under a row lock so several instances may
 * dispatch), SMTP delivery with retries, files attached to a mail, and the admins' outbox page and
 * API. It knows no feature: a mail's kind and topic are names its writer chose. Uses only platform
 * (its admin API names the admin role as a string), so that every feature, identity included, may
 * write mail.
 */
package org.mmicd.academy.mail;
