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
  private boolean canTryAgain;

  public void load() {
    if (id == null || id <= 0) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    Person person = currentUser.get();
    Attempt attempt = quizzes.getOwnAttempt(person, id);
    String module = attempt.moduleId();
    java.util.List<Attempt> attempts = quizzes.attemptsOf(person, module);
    attempt = quizzes.getOwnAttempt(person, id);
    if (!attempt.open()) {
      result = quizzes.result(person, attempt);
      Integer left =
          QuizViews.summary(
                  quizzes.getQuiz(module),
                  person.language(),
                  quizzes.pool(module).size(),
                  attempts,
                  quizzes.hasPassed(person, module))
              .attemptsLeft();
      canTryAgain = !result.passed() && (left == null || left > 0);
    }
  }

  /** Not passed and attempts left: the result page offers another attempt at once. */
  public boolean isCanTryAgain() {
    return canTryAgain;
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
