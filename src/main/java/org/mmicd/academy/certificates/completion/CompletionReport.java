package org.mmicd.academy.certificates.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmicd.academy.platform.DomainException;

/**
 * What a learner has done of a course's completion rule and what is missing, part by part.
 *
 * @param missingLessons required modules (and, when optional modules are asked for, optional ones)
 *     whose lessons are not all completed
 * @param missingQuizzes required modules whose quiz is not passed yet
 */
public record CompletionReport(
    Part requiredModules,
    Part quizzes,
    Part optionalModules,
    Part liveSessions,
    List<String> missingLessons,
    List<String> missingQuizzes) {

  public CompletionReport {
    missingLessons = List.copyOf(missingLessons);
    missingQuizzes = List.copyOf(missingQuizzes);
  }

  /** One requirement: how much is done of how much is needed; nothing needed is always met. */
  public record Part(String kind, int done, int needed) {

    public boolean met() {
      return done >= needed;
    }

    /** A part that the course asks for: shown in the summary. */
    public boolean asked() {
      return needed > 0;
    }
  }

  public boolean met() {
    return requiredModules.met() && quizzes.met() && optionalModules.met() && liveSessions.met();
  }

  public List<Part> parts() {
    return List.of(requiredModules, quizzes, optionalModules, liveSessions);
  }

  /**
   * The one line learners read, such as "4 of 5 required modules · quizzes 3 of 5 passed · live
   * sessions 0 of 1 attended", in their language.
   */
  public String summary(Locale locale) {
    List<String> pieces = new ArrayList<>();
    for (Part part : parts()) {
      if (part.asked()) {
        pieces.add(
            DomainException.format(
                locale,
                "completion.part." + part.kind(),
                Math.min(part.done(), part.needed()),
                part.needed()));
      }
    }
    return String.join(" · ", pieces);
  }
}
