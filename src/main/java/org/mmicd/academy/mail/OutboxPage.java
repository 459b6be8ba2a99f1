package org.mmicd.academy.mail;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The mail outbox for admins: read what the platform wrote, send due mail, retry failures. */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Outbox outbox;
  @Inject MailDispatcher dispatcher;
  @Inject Messages messages;

  private String status = "";
  private final MailsOnPage mails = new MailsOnPage();
  private Map<MailStatus, Long> counts;

  /** The mails of the status chosen, newest first, one page at a time from the database. */
  public LazyDataModel<OutboxResource.MailView> getMails() {
    return mails;
  }

  private MailStatus chosen() {
    return status == null || status.isBlank()
        ? null
        : MailStatus.valueOf(status.toUpperCase(Locale.ROOT));
  }

  private final class MailsOnPage extends LazyDataModel<OutboxResource.MailView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(outbox.count(chosen()));
    }

    @Override
    public List<OutboxResource.MailView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return outbox.list(chosen(), first, pageSize).stream()
          .map(OutboxResource.MailView::of)
          .toList();
    }

    @Override
    public String getRowKey(OutboxResource.MailView mail) {
      return String.valueOf(mail.id());
    }

    @Override
    public OutboxResource.MailView getRowData(String rowKey) {
      return outbox.find(Long.parseLong(rowKey)).map(OutboxResource.MailView::of).orElse(null);
    }
  }

  public List<String> getStatuses() {
    return Arrays.stream(MailStatus.values()).map(MailStatus::key).toList();
  }

  /** The mails of a status: one grouped count for all of them, again after each action. */
  public long count(String key) {
    if (counts == null) {
      counts = outbox.countsByStatus();
    }
    return counts.getOrDefault(MailStatus.valueOf(key.toUpperCase(Locale.ROOT)), 0L);
  }

  /** Another status was chosen: its list starts on its first page. */
  public void filter() {
    counts = null;
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent("outbox:mails")
        instanceof DataTable table) {
      table.reset();
    }
  }

  public void dispatch() {
    counts = null;
    messages.info("outbox.dispatched", dispatcher.sendDue());
  }

  public void retry(long id) {
    counts = null;
    try {
      outbox.retry(id);
      messages.info("outbox.retried");
    } catch (DomainException problem) {
      messages.refused(problem);
    }
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
