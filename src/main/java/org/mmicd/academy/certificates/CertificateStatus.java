package org.mmicd.academy.certificates;

/** What was done to a certificate. Whether it has expired is computed: see {@link Validity}. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  SUPERSEDED
}
