package org.mmicd.academy.identity;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller as the identity store found them: named by e-mail like any caller, and carrying the
 * account it read, so that the request that signed in need not read it again.
 */
final class AccountPrincipal extends CallerPrincipal {

  private final transient Person person;

  AccountPrincipal(Person person) {
    super(person.email());
    this.person = person;
  }

  Person person() {
    return person;
  }
}
