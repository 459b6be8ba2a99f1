package org.mmicd.academy.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/**
 * Counts the SQL statements each request runs, for operators who want to see what a page costs and
 * for the tests that keep pages free of N+1 queries. Off unless {@code MMICD_SQL_COUNT} is true:
 * then every connection the data source makes counts the statements it executes, on the thread that
 * executes them, and {@link StatementCountFilter} reports each request's count in its {@code
 * Server-Timing} header.
 */
public final class StatementCount {

  private static final boolean ENABLED =
      Boolean.parseBoolean(System.getProperty("mmicd.sql.count", System.getenv("MMICD_SQL_COUNT")));
  private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

  private StatementCount() {}

  public static boolean enabled() {
    return ENABLED;
  }

  /** Starts counting on this thread; returns the counter to read when the work is done. */
  static int[] start() {
    int[] count = new int[1];
    COUNT.set(count);
    return count;
  }

  static void stop() {
    COUNT.remove();
  }

  static Connection counting(Connection connection) {
    return proxy(Connection.class, connection, StatementCount::wrapStatement);
  }

  private static Object wrapStatement(Object result) {
    if (result instanceof Statement statement) {
      Class<? extends Statement> type =
          statement instanceof java.sql.CallableStatement
              ? java.sql.CallableStatement.class
              : statement instanceof java.sql.PreparedStatement
                  ? java.sql.PreparedStatement.class
                  : Statement.class;
      return proxy(type, statement, r -> r);
    }
    return result;
  }

  private static <T> T proxy(
      Class<T> type, Object target, java.util.function.UnaryOperator<Object> results) {
    InvocationHandler handler =
        (Object self, Method method, Object[] arguments) -> {
          if (EXECUTIONS.contains(method.getName())) {
            int[] count = COUNT.get();
            if (count != null) {
              count[0]++;
            }
          }
          if (method.getName().equals("unwrap") && arguments != null && arguments.length == 1) {
            Class<?> wanted = (Class<?>) arguments[0];
            if (wanted.isInstance(target)) {
              return target;
            }
          }
          try {
            return results.apply(method.invoke(target, arguments));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
