package org.mmicd.academy.assessment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.identity.UserSession;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** A quiz's start page: its rules, the attempts left and the learner's history. */
@Named
@ViewScoped
public class QuizPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizService quizzes;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;
  @Inject Messages messages;

  private String module;
  private String course;
  private QuizViews.QuizSummary summary;

  public void load() {
    if (module == null || module.isBlank()) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    Person person = currentUser.get();
    Quiz quiz = quizzes.getQuiz(module);
    summary =
        QuizViews.summary(
            quiz,
            userSession.getLanguage(),
            quizzes.pool(module).size(),
            quizzes.attemptsOf(person, module),
            quizzes.hasPassed(person, module));
  }

  public void start() throws IOException {
    Attempt attempt;
    try {
      attempt = quizzes.start(currentUser.get(), module, userSession.getLanguage());
    } catch (DomainException problem) {
      messages.refused(problem);
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath()
            + "/learn/attempt.xhtml?id="
            + attempt.id()
            + (course == null ? "" : "&course=" + course));
  }

  public boolean isCanStart() {
    return summary != null
        && (summary.openAttemptId() != null
            || summary.attemptsLeft() == null
            || summary.attemptsLeft() > 0);
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public QuizViews.QuizSummary getSummary() {
    return summary;
  }
}
