package org.mmicd.academy.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.mmicd.academy.mail.MailDraft;
import org.mmicd.academy.mail.Outbox;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.Settings;

/** Mail about one's own account, written to the outbox in the transaction of what it reports. */
@ApplicationScoped
public class AccountMails {

  static final String EXISTS = "account-exists";
  static final String WELCOME = "account-welcome";
  static final String SIGN_IN_LINK = "account-sign-in-link";
  static final String PASSWORD_CHANGED = "account-password-changed";

  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject SignInLinks links;

  /** A new account: its welcome, with a link that signs the person in and confirms the address. */
  @Transactional(Transactional.TxType.MANDATORY)
  void welcome(Person person) {
    Messages.Language texts = Messages.in(person.language());
    SignInLinks.Issued link = links.issue(person, SignInLink.Purpose.WELCOME);
    outbox.enqueue(
        MailDraft.of(
            WELCOME + ":" + person.id(),
            WELCOME,
            topic(person),
            person.email(),
            person.displayName(),
            texts.get("mail.account.welcome.subject"),
            texts.get(
                "mail.account.welcome.body",
                person.displayName(),
                links.address(link),
                settings.publicUrl() + "/login.xhtml")));
  }

  /**
   * Someone tried to register with the address of an existing account: its owner hears of it, at
   * most once an hour, so that repeated tries cannot flood their mailbox. The mail carries a
   * sign-in link, in case it was the owner, who had forgotten the account's password.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void registrationTried(Person owner) {
    String hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toString();
    String key = EXISTS + ":" + owner.id() + ":" + hour;
    if (outbox.holds(key)) {
      // No new link either: it would void the one in the mail already sent.
      return;
    }
    Messages.Language texts = Messages.in(owner.language());
    SignInLinks.Issued link = links.issue(owner, SignInLink.Purpose.SIGN_IN);
    outbox.enqueue(
        MailDraft.of(
            key,
            EXISTS,
            topic(owner),
            owner.email(),
            owner.displayName(),
            texts.get("mail.account.exists.subject"),
            texts.get(
                "mail.account.exists.body",
                owner.displayName(),
                owner.email(),
                settings.publicUrl() + "/login.xhtml",
                links.address(link))));
  }

  /** "Forgot your password?": a link that signs the owner in once, within the hour. */
  @Transactional(Transactional.TxType.MANDATORY)
  void signInLink(Person owner) {
    Messages.Language texts = Messages.in(owner.language());
    SignInLinks.Issued link = links.issue(owner, SignInLink.Purpose.SIGN_IN);
    outbox.enqueue(
        MailDraft.of(
            SIGN_IN_LINK + ":" + link.link().id(),
            SIGN_IN_LINK,
            topic(owner),
            owner.email(),
            owner.displayName(),
            texts.get("mail.account.signInLink.subject"),
            texts.get(
                "mail.account.signInLink.body",
                owner.displayName(),
                links.address(link),
                settings.publicUrl() + "/forgot.xhtml")));
  }

  /** The password changed: if the owner did not change it, they must know at once. */
  @Transactional(Transactional.TxType.MANDATORY)
  void passwordChanged(Person owner) {
    Messages.Language texts = Messages.in(owner.language());
    outbox.enqueue(
        MailDraft.of(
            PASSWORD_CHANGED + ":" + owner.id() + ":" + clock.instant(),
            PASSWORD_CHANGED,
            topic(owner),
            owner.email(),
            owner.displayName(),
            texts.get("mail.account.passwordChanged.subject"),
            texts.get(
                "mail.account.passwordChanged.body",
                owner.displayName(),
                owner.email(),
                settings.publicUrl() + "/forgot.xhtml")));
  }

  private static String topic(Person person) {
    return "account:" + person.id();
  }
}
