package org.mmicd.academy.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** The mail outbox for admins: read what the platform wrote, send due mail, retry failures. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 200;

  @Inject Outbox outbox;
  @Inject MailDispatcher dispatcher;
  @Inject Messages messages;

  private String status = "";
  private List<OutboxResource.MailView> mails;

  public List<OutboxResource.MailView> getMails() {
    if (mails == null) {
      MailStatus filter =
          status == null || status.isBlank()
              ? null
              : MailStatus.valueOf(status.toUpperCase(Locale.ROOT));
      mails = outbox.list(filter, 0, SHOWN).stream().map(OutboxResource.MailView::of).toList();
    }
    return mails;
  }

  public List<String> getStatuses() {
    return Arrays.stream(MailStatus.values()).map(MailStatus::key).toList();
  }

  public long count(String key) {
    return outbox.count(MailStatus.valueOf(key.toUpperCase(Locale.ROOT)));
  }

  public void filter() {
    mails = null;
  }

  public void dispatch() {
    messages.info("outbox.dispatched", dispatcher.sendDue());
    mails = null;
  }

  public void retry(long id) {
    try {
      outbox.retry(id);
      messages.info("outbox.retried");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
    mails = null;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
