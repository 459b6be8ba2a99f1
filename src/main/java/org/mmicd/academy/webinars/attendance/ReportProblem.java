package org.mmicd.academy.webinars.attendance;

import java.util.List;

/** Why a row of an attendance report cannot be read: a message key and its arguments. */
final class ReportProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> arguments;

  ReportProblem(String key, String... arguments) {
    super(key, null, false, false);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  AttendanceReport.Problem at(int line) {
    return new AttendanceReport.Problem(line, key, arguments);
  }
}
