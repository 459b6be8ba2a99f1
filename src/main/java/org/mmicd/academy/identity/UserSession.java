package org.mmicd.academy.identity;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.web.FormSizeLimit;

/** The signed-in person's page preferences: the interface language, and sign-out. */
@Named
@SessionScoped
public class UserSession implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final List<String> LANGUAGES = List.of("en", "es", "fr", "ne");

  @Inject CurrentUser currentUser;

  private String language;

  /**
   * The interface language: chosen in the menu (also before a session ended, see FormSignIn), else
   * the person's own, else the browser's.
   */
  public String getLanguage() {
    if (language == null
        && FacesContext.getCurrentInstance() != null
        && FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .get(FormSizeLimit.LANGUAGE)
            instanceof String kept
        && LANGUAGES.contains(kept)) {
      language = kept;
    }
    if (language == null) {
      language =
          currentUser
              .find()
              .map(Person::language)
              .orElseGet(
                  () -> {
                    Locale browser =
                        FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
                    return browser != null && LANGUAGES.contains(browser.getLanguage())
                        ? browser.getLanguage()
                        : "en";
                  });
      remember();
    }
    return language;
  }

  public void setLanguage(String language) {
    if (LANGUAGES.contains(language)) {
      this.language = language;
      remember();
    }
  }

  /** Answers written outside the pages (a post too large to read) speak the same language. */
  private void remember() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getExternalContext().getSessionMap().put(FormSizeLimit.LANGUAGE, language);
    }
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  public List<String> getLanguages() {
    return LANGUAGES;
  }

  /** Called after sign-in so that the person's own language wins over the browser's. */
  public void signedIn(Person person) {
    this.language = person.language();
    remember();
  }

  /** The viewer's own time zone: every instant on a page is shown in it. */
  public ZoneId getZone() {
    return currentUser.find().map(Person::timeZone).orElse(ZoneId.of("UTC"));
  }

  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(getLocale())
            .format(instant.atZone(getZone()));
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .format(instant.atZone(getZone()))
            + " ("
            + getZone().getId()
            + ")";
  }

  public boolean isSignedIn() {
    return currentUser.signedIn();
  }

  public String getDisplayName() {
    return currentUser.find().map(Person::displayName).orElse("");
  }

  /** Trainers, coordinators and admins: those who follow other people's learning. */
  public boolean isStaff() {
    return currentUser.find().map(Person::isStaff).orElse(false);
  }

  public boolean isAdmin() {
    return currentUser.hasRole(Role.ADMIN);
  }

  public void signOut() throws ServletException, IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + "/index.xhtml");
  }
}
