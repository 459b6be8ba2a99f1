package org.mmicd.academy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Page messages from the resource bundles, in the viewer's language. */
@ApplicationScoped
public class Messages {

  public String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  public void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void error(String clientId, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }

  /** A problem from a service, whose detail is already written for people. */
  public void problem(ProblemException problem) {
    add(FacesMessage.SEVERITY_ERROR, problem.getMessage());
  }

  private void add(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }
}
