package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Page messages from the resource bundles, in the viewer's language. */
@ApplicationScoped
public class Messages {

  public String text(String key, Object... arguments) {
    return DomainException.format(locale(), key, arguments);
  }

  /** The interface texts in one person's language, outside a page (mails, calendar entries). */
  public static Language in(String language) {
    return new Language(Locale.forLanguageTag(language == null ? "en" : language));
  }

  /** Texts of one language; falls back to English, never to the server's own locale. */
  public record Language(Locale locale) {

    public String get(String key, Object... arguments) {
      return DomainException.format(locale, key, arguments);
    }
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.ENGLISH
        : faces.getViewRoot().getLocale();
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String clientId, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  /** A service said no: its message in the page's language, at the top of the page. */
  public void refused(DomainException refusal) {
    add(FacesMessage.SEVERITY_ERROR, refusal.message(locale()));
  }

  /** A service said no about one input: its message beside that field. */
  public void refused(String clientId, DomainException refusal) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId,
            new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.message(locale()), null));
  }

  private void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
