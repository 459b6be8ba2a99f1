package org.mmicd.academy.identity;

import jakarta.security.enterprise.credential.AbstractClearableCredential;

/** The secret of a personal access token, as presented in {@code Authorization: Bearer}. */
public class AccessTokenCredential extends AbstractClearableCredential {

  private final String secret;

  public AccessTokenCredential(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }

  @Override
  protected void clearCredential() {
    // The secret is an immutable String; there is nothing to wipe.
  }
}
