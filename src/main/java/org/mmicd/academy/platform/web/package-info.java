/**
 * What every answer to a browser shares, whatever feature wrote it: security headers and the
 * Content-Security-Policy, the session cookie's attributes, the limit on form posts, and error
 * pages with the right status in the viewer's language. Uses only {@code platform}.
 */
package org.mmicd.academy.platform.web;
