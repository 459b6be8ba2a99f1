package org.mmicd.academy.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;
import org.mmicd.academy.platform.PlatformSettings;

/** Self-registration of learners. */
@Named
@RequestScoped
public class RegistrationPage {

  @Inject AccountService accounts;
  @Inject PlatformSettings platformSettings;
  @Inject Messages messages;
  @Inject Validator validator;
  @Inject UserSession userSession;

  private String displayName;
  private String email;
  private String password;
  private String country;
  private String organisation;
  private String language;
  private String timeZone;

  public boolean isOpen() {
    return platformSettings.selfRegistrationOpen();
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  public List<String> getTimeZones() {
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
        .sorted()
        .toList();
  }

  public void register() throws IOException {
    Registration registration =
        new Registration(
            email,
            displayName,
            password,
            blankToNull(country),
            blankToNull(organisation),
            language == null ? userSession.getLanguage() : language,
            blankToNull(timeZone));
    Set<ConstraintViolation<Registration>> violations = validator.validate(registration);
    if (!violations.isEmpty()) {
      for (ConstraintViolation<Registration> violation : violations) {
        messages.error(
            "registration:" + violation.getPropertyPath(),
            "register.invalid." + violation.getPropertyPath());
      }
      return;
    }
    try {
      accounts.registerLearner(registration);
    } catch (DomainException problem) {
      messages.refused(problem);
      return;
    }
    messages.info("register.received", Person.normaliseEmail(email));
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
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

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  /** The language chosen, else the page's: the welcome mail speaks the language they read. */
  public String getLanguage() {
    return language == null ? userSession.getLanguage() : language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
