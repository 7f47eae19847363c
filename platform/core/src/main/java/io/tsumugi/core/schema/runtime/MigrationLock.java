package io.tsumugi.core.schema.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The lock every schema change takes, which frees itself when the process dies. On PostgreSQL a
 * session-level advisory lock on the connection given (released when the session ends, so a killed
 * server never leaves it held). On H2, which only this process can open (the file is locked by the
 * process), a lock in this JVM per database URL. Liquibase's own lock row is cleared while this
 * lock is held: every Liquibase run of the platform happens under it, so a set row can only be left
 * over from a process that died.
 */
public final class MigrationLock implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(MigrationLock.class.getName());
  // One lock per schema: databases shared by several installations (or test runs) in their own
  // schemas do not wait for each other.
  private static final String ADVISORY_KEY =
      "hashtextextended('tsumugi-migration:' || current_schema(), 0)";
  private static final Map<String, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

  private final Connection connection;
  private final ReentrantLock jvmLock;

  private MigrationLock(Connection connection, ReentrantLock jvmLock) {
    this.connection = connection;
    this.jvmLock = jvmLock;
  }

  /**
   * Takes the lock, waiting at most {@code wait}.
   *
   * @param connection on PostgreSQL the session that holds the lock until {@link #close()}
   * @throws MigrationLockTimeoutException when another apply holds it longer
   */
  public static MigrationLock acquire(Connection connection, Duration wait) throws SQLException {
    SqlDialect dialect = SqlDialect.of(connection);
    long deadline = System.nanoTime() + wait.toNanos();
    if (dialect == SqlDialect.POSTGRESQL) {
      checkForDeadClients(connection);
      try (PreparedStatement ps =
          connection.prepareStatement("SELECT pg_try_advisory_lock(" + ADVISORY_KEY + ")")) {
        while (true) {
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
              clearStaleLiquibaseLock(connection);
              return new MigrationLock(connection, null);
            }
          }
          if (System.nanoTime() > deadline) {
            throw new MigrationLockTimeoutException();
          }
          sleep();
        }
      }
    }
    ReentrantLock lock =
        JVM_LOCKS.computeIfAbsent(connection.getMetaData().getURL(), u -> new ReentrantLock());
    try {
      if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        throw new MigrationLockTimeoutException();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationLockTimeoutException();
    }
    try {
      clearStaleLiquibaseLock(connection);
    } catch (SQLException | RuntimeException e) {
      lock.unlock();
      throw e;
    }
    return new MigrationLock(null, lock);
  }

  private static void clearStaleLiquibaseLock(Connection connection) throws SQLException {
    boolean exists;
    try (ResultSet rs =
        connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      exists = false;
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase("databasechangeloglock")) {
          String schema = rs.getString("TABLE_SCHEM");
          exists |= schema == null || schema.equalsIgnoreCase(connection.getSchema());
        }
      }
    }
    if (!exists) {
      return;
    }
    boolean autoCommit = connection.getAutoCommit();
    try (Statement s = connection.createStatement()) {
      int cleared =
          s.executeUpdate(
              "UPDATE databasechangeloglock SET locked = FALSE, lockgranted = NULL, lockedby = NULL"
                  + " WHERE locked = TRUE");
      if (!autoCommit) {
        connection.commit();
      }
      if (cleared > 0) {
        LOG.warning("Cleared a Liquibase lock left by a process that stopped during a migration.");
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationLockTimeoutException();
    }
  }

  @Override
  public void close() throws SQLException {
    if (jvmLock != null) {
      jvmLock.unlock();
      return;
    }
    // A pooled session would keep the lock: release it before the connection goes back.
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT pg_advisory_unlock(" + ADVISORY_KEY + ")")) {
      ps.execute();
    }
  }

  /**
   * A killed process's session keeps running its statement (and holding the lock) until the
   * statement ends; PostgreSQL 14+ can notice the dead client during the statement instead.
   */
  private static void checkForDeadClients(Connection connection) throws SQLException {
    if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
      try (Statement s = connection.createStatement()) {
        s.execute("SET client_connection_check_interval = 1000");
      }
    }
  }
}
