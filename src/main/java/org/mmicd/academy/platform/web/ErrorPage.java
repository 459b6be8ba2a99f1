package org.mmicd.academy.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.mmicd.academy.platform.DomainException;

/** The error page: what went wrong, in the viewer's language, and a way back. */
@Named
@RequestScoped
public class ErrorPage {

  private static final Map<Integer, String> BY_STATUS =
      Map.of(
          400, "error.page.badAddress",
          403, "error.page.forbidden",
          404, "error.page.notFound",
          413, "error.page.tooLarge");

  /** The status the container is answering with; 404 when someone opens the error page itself. */
  public int getStatus() {
    Object status = request().get(RequestDispatcher.ERROR_STATUS_CODE);
    return status instanceof Integer code ? code : 404;
  }

  /** Error messages are MessageFormat patterns, whatever their arguments. */
  public String getMessage() {
    DomainException refusal =
        request().get(PageErrors.REFUSAL) instanceof DomainException shown
            ? shown
            : DomainException.invalid(
                null, BY_STATUS.getOrDefault(getStatus(), "error.page.server"));
    return refusal.message(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  /** The page the viewer came from, when it is one of ours and not this failure itself. */
  public String getBack() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Object failed = request().get(RequestDispatcher.ERROR_REQUEST_URI);
    return Referer.sameOrigin(external)
        .filter(back -> failed == null || !back.split("\\?")[0].equals(failed))
        .orElse(null);
  }

  private static Map<String, Object> request() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}
