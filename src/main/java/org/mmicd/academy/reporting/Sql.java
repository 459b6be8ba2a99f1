package org.mmicd.academy.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A native SQL statement being written, with its parameters bound by position. */
final class Sql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  Sql append(String sql) {
    text.append(sql);
    return this;
  }

  /** A parameter in the statement: its value is bound, never written into the text. */
  Sql value(Object value) {
    parameters.add(value);
    text.append('?').append(parameters.size());
    return this;
  }

  /** A list of parameters for IN: {@code (?1, ?2)}; never empty. */
  Sql values(Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("IN () is not SQL");
    }
    text.append('(');
    boolean first = true;
    for (Object value : values) {
      text.append(first ? "" : ", ");
      value(value);
      first = false;
    }
    text.append(')');
    return this;
  }

  String text() {
    return text.toString();
  }

  List<Object> parameters() {
    return List.copyOf(parameters);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
