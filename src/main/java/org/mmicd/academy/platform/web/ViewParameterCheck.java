package org.mmicd.academy.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.mmicd.academy.platform.DomainException;

/**
 * An address whose parameters do not convert (an attempt id that is no number, say) is a 400 with
 * the error page, not a page built on nothing (faces-config.xml).
 */
public class ViewParameterCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
      faces
          .getExternalContext()
          .getRequestMap()
          .put(PageErrors.REFUSAL, DomainException.invalid(null, "error.page.badAddress"));
      try {
        faces.getExternalContext().responseSendError(400, null);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      faces.responseComplete();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }
}
