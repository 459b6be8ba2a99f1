package org.mmicd.academy.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Paging;

/**
 * The mail outbox, for admins: what was sent, what waits, what failed, and sending due mail now.
 */
@Path("admin/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// The admin role by name: mail sits below identity (identity writes mail), so it imports none of
// it.
@RolesAllowed("ADMIN")
public class OutboxResource {

  @Inject Outbox outbox;
  @Inject MailDispatcher dispatcher;

  /** One mail of the outbox. */
  public record MailView(
      long id,
      String kind,
      String topic,
      String recipient,
      String subject,
      String status,
      int attempts,
      Instant createdAt,
      Instant dueAt,
      Instant sentAt,
      String lastError,
      String body,
      String calendar,
      List<String> attachments)
      implements Serializable {

    static MailView of(OutboxMail mail) {
      return new MailView(
          mail.id(),
          mail.kind(),
          mail.topic(),
          mail.recipient(),
          mail.subject(),
          mail.status().key(),
          mail.attempts(),
          mail.createdAt(),
          mail.dueAt(),
          mail.sentAt(),
          mail.lastError(),
          mail.body(),
          mail.calendar(),
          mail.attachments().stream().map(MailAttachment::fileName).toList());
    }
  }

  /** How many due mails a dispatch handled. */
  public record Dispatch(int handled) {}

  @GET
  public List<MailView> list(
      @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Paging paging = Paging.of(offset, limit, 1000);
    return outbox.list(status(status), paging.offset(), paging.limit()).stream()
        .map(MailView::of)
        .toList();
  }

  @GET
  @Path("{id}")
  public MailView mail(@PathParam("id") long id) {
    return MailView.of(outbox.get(id));
  }

  @POST
  @Path("{id}/retry")
  public MailView retry(@PathParam("id") long id) {
    return MailView.of(outbox.retry(id));
  }

  /** Sends what is due now, on this request's thread, and tells how many mails it handled. */
  @POST
  @Path("dispatch")
  public Dispatch dispatch() {
    return new Dispatch(dispatcher.sendDue());
  }

  private static MailStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return MailStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("status", "error.mail.unknown-status", status);
    }
  }
}
