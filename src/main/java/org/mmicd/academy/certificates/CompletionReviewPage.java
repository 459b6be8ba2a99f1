package org.mmicd.academy.certificates;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mmicd.academy.catalog.CatalogService;
import org.mmicd.academy.catalog.Course;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/** Admins re-evaluate a course: a dry run first, then apply with a reason. */
@Named
@ViewScoped
public class CompletionReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CompletionReview review;
  @Inject CatalogService catalog;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;

  private String course;
  private String reason;
  private List<CompletionReview.Line> lines;

  public void dryRun() {
    try {
      lines = review.dryRun(currentUser.get(), course);
    } catch (DomainException refused) {
      messages.refused(refused);
    }
  }

  public void apply() {
    try {
      List<CompletionReview.Line> applied = review.apply(currentUser.get(), course, reason);
      long gained =
          applied.stream().filter(l -> l.change() == CompletionReview.Change.GAIN).count();
      messages.info("review.applied", gained, applied.size() - gained);
      lines = null;
      reason = null;
    } catch (DomainException refused) {
      messages.refused(refused);
    }
  }

  public List<Course> getCourses() {
    return catalog.courses();
  }

  public List<CompletionReview.Line> getLines() {
    return lines;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
    this.lines = null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
