/**
 * People and their roles, countries, sign-in (one authentication mechanism: form for pages, Bearer
 * tokens or Basic for the API), password hashing, personal access tokens, self-registration and the
 * person's interface language and time zone. The bottom feature: uses only platform.
 */
package org.mmicd.academy.identity;
