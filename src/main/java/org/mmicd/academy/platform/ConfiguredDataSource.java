package org.mmicd.academy.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class the application declares. Payara needs a class name at deployment time,
 * but operators only give a JDBC URL ({@code MMICD_DB_URL}); this class picks the driver's own data
 * source from the URL so the same WAR serves H2 and PostgreSQL.
 */
public class ConfiguredDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
    this.delegate = null;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
    this.delegate = null;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
    this.delegate = null;
  }

  private synchronized DataSource delegate() throws SQLException {
    if (delegate == null) {
      delegate = create();
    }
    return delegate;
  }

  private DataSource create() throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (MMICD_DB_URL)");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      if (user != null && !user.isBlank()) {
        postgres.setUser(user);
      }
      if (password != null && !password.isBlank()) {
        postgres.setPassword(password);
      }
      return postgres;
    }
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user == null ? "" : user);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    throw new SQLException(
        "Unsupported database URL '" + url + "': use jdbc:postgresql:... or jdbc:h2:...");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(delegate().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(delegate().getConnection(username, password));
  }

  private static Connection counted(Connection connection) {
    return StatementCount.enabled() ? StatementCount.counting(connection) : connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return delegate().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate().isWrapperFor(type);
  }
}
