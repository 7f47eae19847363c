package io.tsumugi.core.records;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A transaction of our own when the connection is in auto-commit (no JTA transaction around the
 * call); nothing when the caller's transaction owns the connection. Rolls back unless committed.
 */
final class LocalTransaction implements AutoCloseable {

  private final Connection connection;
  private final boolean owned;
  private boolean done;

  private LocalTransaction(Connection connection, boolean owned) {
    this.connection = connection;
    this.owned = owned;
  }

  static LocalTransaction begin(Connection c) throws SQLException {
    boolean owned = c.getAutoCommit();
    if (owned) {
      c.setAutoCommit(false);
    }
    return new LocalTransaction(c, owned);
  }

  void commit() throws SQLException {
    if (owned) {
      connection.commit();
    }
    done = true;
  }

  @Override
  public void close() throws SQLException {
    if (owned) {
      if (!done) {
        connection.rollback();
      }
      connection.setAutoCommit(true);
    }
  }
}
