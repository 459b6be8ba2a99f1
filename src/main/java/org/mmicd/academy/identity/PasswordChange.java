package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import org.mmicd.academy.platform.DomainException;

/**
 * A person changes their own password: with the current one, checked as a sign-in is (so that a
 * borrowed session cannot guess it faster), or without it just after a sign-in link, which proved
 * the mailbox.
 */
@ApplicationScoped
public class PasswordChange {

  /**
   * The session attribute, set when a "forgot your password?" link signed the session in, that
   * holds the id of the person who may set a new password without the current one.
   */
  public static final String RESET_ALLOWED = "mmicd.password-reset";

  @Inject AccountService accounts;
  @Inject PasswordSignIn passwordSignIn;
  @Inject SignInGuard guard;

  public void change(
      Person person, String currentPassword, String newPassword, HttpServletRequest request) {
    AccountService.requireAcceptable(newPassword);
    if (currentPassword == null || currentPassword.isEmpty()) {
      throw DomainException.invalid("currentPassword", "error.account.current-password-needed");
    }
    PasswordSignIn.Outcome checked =
        passwordSignIn.attempt(
            new UsernamePasswordCredential(person.email(), currentPassword), request);
    if (checked.refused()) {
      throw checked.refusal();
    }
    if (!checked.valid()) {
      throw DomainException.invalid("currentPassword", "error.account.current-password-wrong");
    }
    FormSignIn.renew(request, accounts.changePassword(person.id(), newPassword));
  }

  /** A new password without the current one: only after a sign-in link (see RESET_ALLOWED). */
  public void reset(Person person, String newPassword, HttpServletRequest request) {
    FormSignIn.renew(request, accounts.changePassword(person.id(), newPassword));
    // Failures counted against the forgotten password must not lock out the new one.
    guard.succeeded(person.email());
  }
}
