package org.mmicd.academy.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.platform.DomainException;

/** An attempt's result, with the review its quiz's policy allows. */
@Named
@RequestScoped
public class ResultPage {

  @Inject QuizService quizzes;
  @Inject CurrentUser currentUser;

  private Long id;
  private String course;
  private QuizViews.ResultView result;

  public void load() {
    if (id == null || id <= 0) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    Person person = currentUser.get();
    Attempt attempt = quizzes.getOwnAttempt(person, id);
    quizzes.attemptsOf(person, attempt.moduleId());
    attempt = quizzes.getOwnAttempt(person, id);
    if (!attempt.open()) {
      result = quizzes.result(person, attempt);
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public QuizViews.ResultView getResult() {
    return result;
  }
}
