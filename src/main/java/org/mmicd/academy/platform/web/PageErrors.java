package org.mmicd.academy.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import org.mmicd.academy.platform.DomainException;

/**
 * What goes wrong while a page is built or a form is handled answers with the status it deserves
 * (400, 403, 404, 413) and the error page in the viewer's language, instead of a 500: a refusal of
 * the domain ({@link DomainException}) keeps its own status and message, an expired form is a 400
 * that says so. An Ajax request gets the message on the page it came from (or, when its page had
 * expired, that page again). Anything else is left to the standard handling: a 500.
 */
public class PageErrors extends ExceptionHandlerWrapper {

  /** The request attribute in which the error page finds the refusal to show. */
  public static final String REFUSAL = "mmicd.page.refusal";

  PageErrors(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<DomainException> refusal = refusal(events.next().getContext().getException());
      if (refusal.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        answer(faces, refusal.get());
        break;
      }
    }
    getWrapped().handle();
  }

  /** The refusal a page failure amounts to, or empty when it is a fault of ours. */
  static Optional<DomainException> refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof DomainException refusal) {
        return Optional.of(refusal);
      }
      if (cause instanceof ViewExpiredException) {
        return Optional.of(DomainException.invalid(null, "error.page.expired"));
      }
    }
    return Optional.empty();
  }

  private static void answer(FacesContext faces, DomainException refusal) {
    ExternalContext external = faces.getExternalContext();
    try {
      if (faces.getPartialViewContext().isAjaxRequest()) {
        if ("error.page.expired".equals(refusal.key())) {
          external.redirect(Referer.sameOrigin(external).orElse(external.getRequestContextPath()));
        } else {
          Locale locale =
              faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
          faces.addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.message(locale), null));
          faces.validationFailed();
          faces.renderResponse();
        }
        return;
      }
      external.getRequestMap().put(REFUSAL, refusal);
      external.responseSendError(status(refusal), null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pages need a sign-in, not a challenge: a page that refuses a stranger is a 403. */
  static int status(DomainException refusal) {
    int status = refusal.kind().status();
    return status == 401 ? 403 : status;
  }
}
