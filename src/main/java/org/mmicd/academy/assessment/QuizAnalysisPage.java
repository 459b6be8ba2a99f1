package org.mmicd.academy.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.LearningModule;
import org.mmicd.academy.identity.AccountService;
import org.mmicd.academy.identity.Country;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.learning.Cohort;
import org.mmicd.academy.learning.CohortService;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** Trainers' view of a quiz: attempts by country and item analysis of its questions. */
@Named
@ViewScoped
public class QuizAnalysisPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizReports reports;
  @Inject QuizService quizzes;
  @Inject CatalogService catalog;
  @Inject AccountService accounts;
  @Inject UserSession userSession;
  @Inject CurrentUser currentUser;
  @Inject CohortService cohorts;
  @Inject Messages messages;

  private String module;
  private String country;
  private Long cohort;
  private QuizReports.Analysis analysis;
  private QuizReports.AttemptPage attempts;

  public void load() {
    if (module != null && quizzes.findQuiz(module).isPresent()) {
      String chosen = country == null || country.isBlank() ? null : country;
      try {
        QuizReports.Filter filter = reports.filterFor(currentUser.get(), chosen, cohort);
        analysis = reports.analysis(module, filter);
        attempts = reports.attempts(module, filter, 0, 100);
      } catch (DomainException refusal) {
        messages.refused(refusal);
      }
    }
  }

  public List<LearningModule> getModules() {
    return catalog.allModules().stream().filter(m -> !m.retired() && m.hasQuiz()).toList();
  }

  public String title(LearningModule module) {
    return module.text(userSession.getLanguage()).title();
  }

  public List<Country> getCountries() {
    return accounts.countries();
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public List<Cohort> getCohorts() {
    return cohorts.cohortsFor(currentUser.get(), null);
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public QuizReports.Analysis getAnalysis() {
    return analysis;
  }

  public QuizReports.AttemptPage getAttempts() {
    return attempts;
  }
}
