package org.mmicd.academy.assessment;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mmicd.academy.identity.CurrentUser;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Messages;

/**
 * One question per page. Every move (next, previous, a question number, submit) first saves the
 * current answer on the server, so a dropped connection loses at most the answer being typed.
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QuizService quizzes;
  @Inject CurrentUser currentUser;
  @Inject Messages messages;
  @Inject Clock clock;

  private Long id;
  private String course;
  private int position = 1;
  private QuizViews.AttemptView attempt;
  private final String submissionId = UUID.randomUUID().toString();

  private Integer single;
  private List<Integer> multiple = new ArrayList<>();
  private Boolean truth;
  private Map<String, Integer> matches = new HashMap<>();
  private String text;

  public void load() throws IOException {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (id == null || id <= 0) {
      throw DomainException.invalid(null, "error.page.badAddress");
    }
    refresh();
    if (attempt != null && !"in_progress".equals(attempt.status())) {
      toResult();
      return;
    }
    showQuestion(position);
  }

  private void refresh() {
    attempt = QuizViews.attempt(quizzes.getOwnAttempt(currentUser.get(), id), clock.instant());
  }

  private void showQuestion(int target) {
    position = Math.max(1, Math.min(target, attempt.questions().size()));
    Answer answer = getQuestion().answer();
    single = null;
    multiple = new ArrayList<>();
    truth = null;
    matches = new HashMap<>();
    text = null;
    if (answer != null) {
      if (answer.choices() != null && !answer.choices().isEmpty()) {
        single = answer.choices().get(0);
        multiple = new ArrayList<>(answer.choices());
      }
      truth = answer.value();
      if (answer.matches() != null) {
        matches = new HashMap<>(answer.matches());
      }
      text = answer.text();
    }
  }

  public void go(int target) throws IOException {
    if (save()) {
      refresh();
      showQuestion(target);
    }
  }

  public void submit() throws IOException {
    if (!save()) {
      return;
    }
    try {
      quizzes.submit(currentUser.get(), id, submissionId);
    } catch (ClosedAttemptException closed) {
      messages.refused(closed);
    }
    toResult();
  }

  /** Called by the page's timer when time runs out: the server grades what was saved. */
  public void timeUp() throws IOException {
    save();
    try {
      quizzes.submit(currentUser.get(), id, submissionId);
    } catch (DomainException closed) {
      // the deadline passed already: the attempt was graded with what was saved
    }
    toResult();
  }

  private boolean save() throws IOException {
    try {
      quizzes.save(currentUser.get(), id, position, currentAnswer());
      return true;
    } catch (ClosedAttemptException closed) {
      messages.refused(closed);
      toResult();
      return false;
    } catch (DomainException problem) {
      messages.refused(problem);
      return false;
    }
  }

  private Answer currentAnswer() {
    return switch (QuestionType.fromKey(getQuestion().type()).orElseThrow()) {
      case SINGLE -> new Answer(single == null ? null : List.of(single), null, null, null);
      case MULTIPLE -> new Answer(multiple, null, null, null);
      case TRUE_FALSE -> new Answer(null, truth, null, null);
      case MATCHING -> {
        Map<String, Integer> chosen = new HashMap<>();
        matches.forEach(
            (left, right) -> {
              if (right != null) {
                chosen.put(left, right);
              }
            });
        yield new Answer(null, null, chosen, null);
      }
      case SHORT_ANSWER -> new Answer(null, null, null, text);
    };
  }

  private void toResult() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    external.redirect(
        external.getRequestContextPath()
            + "/learn/result.xhtml?id="
            + id
            + (course == null ? "" : "&course=" + course));
  }

  public QuizViews.ItemView getQuestion() {
    return attempt.questions().get(position - 1);
  }

  public boolean isLast() {
    return position == attempt.questions().size();
  }

  public List<Integer> getPositions() {
    return java.util.stream.IntStream.rangeClosed(1, attempt.questions().size()).boxed().toList();
  }

  public boolean answered(int p) {
    return attempt.questions().get(p - 1).answer() != null;
  }

  /**
   * The other questions still without an answer, which submitting would leave unanswered (the one
   * shown is saved with the submission).
   */
  public List<Integer> getUnansweredOthers() {
    return getPositions().stream().filter(p -> p != position && !answered(p)).toList();
  }

  /** The warning before submitting with questions unanswered, in the page's language. */
  public String getUnansweredWarning() {
    List<Integer> left = getUnansweredOthers();
    return DomainException.format(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        "quiz.confirmUnanswered",
        left.size(),
        left.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
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

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  /** The countdown as the page first shows it (m:ss), so the script's first tick moves nothing. */
  public String getTimeLeft() {
    Long seconds = attempt == null ? null : attempt.secondsLeft();
    return seconds == null ? "" : seconds / 60 + ":" + String.format("%02d", seconds % 60);
  }

  public QuizViews.AttemptView getAttempt() {
    return attempt;
  }

  public Integer getSingle() {
    return single;
  }

  public void setSingle(Integer single) {
    this.single = single;
  }

  public List<Integer> getMultiple() {
    return multiple;
  }

  public void setMultiple(List<Integer> multiple) {
    this.multiple = multiple == null ? new ArrayList<>() : multiple;
  }

  public Boolean getTruth() {
    return truth;
  }

  public void setTruth(Boolean truth) {
    this.truth = truth;
  }

  public Map<String, Integer> getMatches() {
    return matches;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
