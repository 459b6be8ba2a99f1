package org.mmicd.academy.catalog.content;

/**
 * The {@code certificate:} block of a course file: what the certificate says and how long it holds.
 *
 * @param validityMonths months the certificate stays valid after issue, or null for ever
 * @param recertify whether holders are asked to earn a new certificate when a required module's
 *     version rises
 */
public record CertificateTerms(
    String title, String signatory, Integer validityMonths, boolean recertify) {

  static final CertificateTerms NONE = new CertificateTerms(null, null, null, false);
}
