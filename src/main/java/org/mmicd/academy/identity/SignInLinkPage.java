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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mmicd.academy.platform.Messages;

/**
 * The page a sign-in link opens. Opening it changes nothing, since mail scanners and link previews
 * open links too; the button signs in, with the link's secret as the credential of a form sign-in.
 */
@Named
@RequestScoped
public class SignInLinkPage {

  @Inject SignInLinks links;
  @Inject SecurityContext securityContext;
  @Inject UserSession userSession;
  @Inject Messages messages;
  @Inject Clock clock;

  private String key;
  private Optional<SignInLink> link = Optional.empty();

  /**
   * Looks the link up before the form is decoded, whose presence depends on it: from the address on
   * opening, from the form's hidden field on its post.
   */
  @PostConstruct
  void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    key = parameters.getOrDefault("key", parameters.get("link:key"));
    link = links.find(key);
  }

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new SignInLinkCredential(key)).newAuthentication(false));
    link = links.find(key);
    if (status != AuthenticationStatus.SUCCESS || link.isEmpty()) {
      return; // the page says what became of the link
    }
    Person person = link.get().person();
    userSession.signedIn(person);
    // The notice reads in the person's language from here on, as the next page does.
    faces.getViewRoot().setLocale(userSession.getLocale());
    if (link.get().purpose() == SignInLink.Purpose.SIGN_IN) {
      request.getSession().setAttribute(PasswordChange.RESET_ALLOWED, person.id());
      messages.info("signInLink.chooseNew");
      external.redirect(external.getRequestContextPath() + "/account/password.xhtml");
    } else {
      external.redirect(external.getRequestContextPath() + "/learn/my.xhtml");
    }
  }

  /** usable, used, expired, replaced or unknown: what the link can do now. */
  public String getState() {
    return link.map(l -> l.state(clock.instant()).name().toLowerCase(Locale.ROOT))
        .orElse("unknown");
  }

  public boolean isUsable() {
    return link.map(l -> l.state(clock.instant()) == SignInLink.State.USABLE).orElse(false);
  }

  public String getName() {
    return link.map(l -> l.person().displayName()).orElse("");
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
