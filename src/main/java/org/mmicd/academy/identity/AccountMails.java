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

  @Inject Outbox outbox;
  @Inject Settings settings;
  @Inject Clock clock;

  /**
   * Someone tried to register with the address of an existing account: its owner hears of it, at
   * most once an hour, so that repeated tries cannot flood their mailbox.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void registrationTried(Person owner) {
    Messages.Language texts = Messages.in(owner.language());
    String hour = clock.instant().truncatedTo(ChronoUnit.HOURS).toString();
    outbox.enqueue(
        MailDraft.of(
            EXISTS + ":" + owner.id() + ":" + hour,
            EXISTS,
            topic(owner),
            owner.email(),
            owner.displayName(),
            texts.get("mail.account.exists.subject"),
            texts.get(
                "mail.account.exists.body",
                owner.displayName(),
                owner.email(),
                settings.publicUrl() + "/login.xhtml")));
  }

  private static String topic(Person person) {
    return "account:" + person.id();
  }
}
