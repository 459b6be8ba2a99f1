package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import org.mmicd.academy.platform.ClientAddress;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.Settings;

/** "Forgot your password?": asks for a sign-in link by mail. */
@Named
@RequestScoped
public class ForgotPage {

  @Inject AccountService accounts;
  @Inject Messages messages;
  @Inject Validator validator;
  @Inject Settings settings;

  private String email;

  public void send() throws IOException {
    if (!validator.validate(new SignInLinkRequest(email)).isEmpty()) {
      messages.error("forgot:email", "register.invalid.email");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      accounts.requestSignInLink(
          email,
          ClientAddress.of((HttpServletRequest) external.getRequest(), settings.trustedProxies()));
    } catch (DomainException refused) {
      messages.refused(refused);
      return;
    }
    messages.info("forgot.sent", Person.normaliseEmail(email));
    external.redirect(external.getRequestContextPath() + "/forgot.xhtml");
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
