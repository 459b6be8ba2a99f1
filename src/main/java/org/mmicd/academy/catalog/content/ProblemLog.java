package org.mmicd.academy.catalog.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while reading content, so that one bad file does not hide the next.
 */
public final class ProblemLog {

  private final List<ContentProblem> problems = new ArrayList<>();

  public void add(String file, int line, String message) {
    problems.add(new ContentProblem(file, line, message));
  }

  public int count() {
    return problems.size();
  }

  public List<ContentProblem> all() {
    return List.copyOf(problems);
  }
}
