package org.mmicd.academy.reporting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * The learners behind a number of the dashboard: name, country, cohort, progress, last activity.
 */
@Named
@ViewScoped
public class LearnersPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 50;

  @Inject Reports reports;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;

  private ReportRequest request;
  private Figures.Learners learners;

  public void load() {
    if (request != null) {
      return;
    }
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      request = ReportRequest.parse(parameters::get);
      learners =
          reports.learners(
              currentUser.get(),
              request.filters(),
              request.stage(),
              request.inactiveDays(),
              request.page(),
              PAGE_SIZE);
    } catch (DomainException refusal) {
      messages.refused(refusal);
    }
  }

  public Figures.Learners getLearners() {
    return learners;
  }

  public String getStage() {
    return request == null ? "enrolled" : request.stage().key();
  }

  public boolean isFirst() {
    return learners == null || learners.page() == 0;
  }

  public boolean isLast() {
    return learners == null || (long) (learners.page() + 1) * PAGE_SIZE >= learners.total();
  }

  /** The same list one page further (or back). */
  public String page(int step) {
    return "learners.xhtml?" + query() + "&page=" + (learners.page() + step);
  }

  public String file(String format) {
    return "report-file?report=learners&format=" + format + "&" + query();
  }

  private String query() {
    return request.filters().query()
        + (request.filters().asMap().isEmpty() ? "" : "&")
        + "stage="
        + request.stage().key()
        + "&inactiveDays="
        + request.inactiveDays();
  }

  public Map<String, String> getFilters() {
    return request == null ? Map.of() : request.filters().asMap();
  }
}
