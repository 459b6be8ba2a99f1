package org.mmicd.academy.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.mmicd.academy.platform.Messages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

  @Inject SecurityContext securityContext;
  @Inject AccountService accounts;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private boolean sessionEnded;

  @NotBlank private String email;
  @NotBlank private String password;

  /** Whether the caller's session ended because the password changed elsewhere: said once. */
  @PostConstruct
  void readSessionEnded() {
    sessionEnded =
        FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .remove(FormSignIn.SESSION_ENDED)
            != null;
  }

  public boolean isSessionEnded() {
    return sessionEnded;
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .credential(new UsernamePasswordCredential(email, password))
                .newAuthentication(false));
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete();
      case SUCCESS -> {
        accounts.findByEmail(email).ifPresent(userSession::signedIn);
        // LoginToContinue brings the learner back to the page they asked for; a direct sign-in goes
        // home.
        if (!faces.getResponseComplete()) {
          external.redirect(external.getRequestContextPath() + "/learn/my.xhtml");
        }
      }
      default -> {
        if (external.getRequestMap().get(PasswordSignIn.REFUSAL)
            instanceof PasswordSignIn.Outcome refused) {
          messages.refused(refused.refusal());
        } else {
          messages.error(null, "signIn.failed");
        }
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
