package org.mmicd.academy.identity;

import jakarta.security.enterprise.credential.AbstractClearableCredential;

/** The secret of a sign-in link, as posted from the link's page. */
public class SignInLinkCredential extends AbstractClearableCredential {

  private final String secret;

  public SignInLinkCredential(String secret) {
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
