package org.mmicd.academy.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.identity.UserSession;

/** The learner's courses with their progress and a resume button each. */
@Named
@RequestScoped
public class MyLearningPage {

  @Inject LearningService learning;
  @Inject CurrentUser currentUser;
  @Inject UserSession userSession;

  private List<EnrollmentView> enrollments;

  public List<EnrollmentView> getEnrollments() {
    if (enrollments == null) {
      enrollments =
          learning.views(learning.enrollmentsOf(currentUser.get()), userSession.getLanguage());
    }
    return enrollments;
  }
}
