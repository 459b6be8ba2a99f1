package org.mmicd.academy.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Runs the statements of one report and counts them: every figure is read through here, so the
 * count a report returns is the number of SQL statements it sent to the database.
 */
final class Statements {

  private final EntityManager em;
  private int count;

  Statements(EntityManager em) {
    this.em = em;
  }

  @SuppressWarnings("unchecked")
  List<Object[]> rows(Sql sql) {
    Query query = em.createNativeQuery(sql.text());
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    count++;
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  int count() {
    return count;
  }
}
