package org.mmicd.academy.bench;

/** Where the generator puts the rows it makes: files to copy into PostgreSQL, or a test's list. */
interface Rows {

  /** One row of a table, its values in the order of {@link Table#columns()}. */
  void add(Table table, Object... values);
}
