package org.mmicd.academy.certificates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** Coordinators and admins: certificates by course and country; revoke and re-issue. */
@Named
@ViewScoped
public class StaffCertificatesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 200;

  @Inject CertificateService certificates;
  @Inject CertificateDocuments documents;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;
  @Inject Clock clock;

  private String course;
  private String country;
  private String serial;
  private String reason;
  private String learnerName;
  private List<CertificateViews.Staff> shown;

  public List<CertificateViews.Staff> getCertificates() {
    if (shown == null) {
      shown =
          certificates
              .list(currentUser.get(), blank(course), blank(country), null, 0, SHOWN)
              .stream()
              .map(c -> CertificateViews.staff(c, documents, clock.instant()))
              .toList();
    }
    return shown;
  }

  public long getValidCount() {
    return getCertificates().stream().filter(c -> c.status().equals("valid")).count();
  }

  public void filter() {
    shown = null;
  }

  /** Opens the form for one certificate. */
  public void choose(String serial, String currentName) {
    this.serial = serial;
    this.learnerName = currentName;
    this.reason = null;
  }

  public void revoke() {
    try {
      certificates.revoke(currentUser.get(), serial, reason);
      messages.info("staffCertificates.revoked", serial);
      serial = null;
      shown = null;
    } catch (DomainException refused) {
      messages.refused(refused);
    }
  }

  public void reissue() {
    try {
      Certificate renewed = certificates.reissue(currentUser.get(), serial, learnerName, reason);
      messages.info("staffCertificates.reissued", renewed.serial(), serial);
      serial = null;
      shown = null;
    } catch (DomainException refused) {
      messages.refused(refused);
    }
  }

  public List<AuditEntry> getAuditLog() {
    return certificates.auditLog(currentUser.get(), 20);
  }

  public List<Course> getCourses() {
    return catalog.courses();
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getSerial() {
    return serial;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getLearnerName() {
    return learnerName;
  }

  public void setLearnerName(String learnerName) {
    this.learnerName = learnerName;
  }
}
