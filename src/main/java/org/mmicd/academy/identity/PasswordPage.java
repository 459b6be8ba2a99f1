package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * The signed-in person's password. Right after a "forgot your password?" link the current password
 * is not asked, for the rest of that session or until the new one is set.
 */
@Named
@RequestScoped
public class PasswordPage {

  @Inject PasswordChange passwordChange;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;

  private String currentPassword;
  private String newPassword;

  /** True when the session was signed in by a sign-in link for this person. */
  public boolean isResetAllowed() {
    Object allowed = session().get(PasswordChange.RESET_ALLOWED);
    return allowed != null && allowed.equals(currentUser.get().id());
  }

  public void change() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      if (isResetAllowed()) {
        passwordChange.reset(
            currentUser.get(), newPassword, (HttpServletRequest) external.getRequest());
        session().remove(PasswordChange.RESET_ALLOWED);
      } else {
        passwordChange.change(
            currentUser.get(),
            currentPassword,
            newPassword,
            (HttpServletRequest) external.getRequest());
      }
    } catch (DomainException refused) {
      if (refused.field() == null) {
        messages.refused(refused);
      } else {
        messages.refused("password:" + refused.field(), refused);
      }
      return;
    }
    messages.info("password.changed");
    external.redirect(external.getRequestContextPath() + "/account/password.xhtml");
  }

  private static Map<String, Object> session() {
    return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
