package io.tsumugi.core.schema.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.change.core.RawSQLChange;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs generated DDL as a changelog built in memory: one changeset per plan change, recorded by
 * Liquibase in {@code databasechangelog} under the file name {@code tsumugi/metadata/v<version>}.
 * On PostgreSQL the connection is wrapped so that Liquibase's commits do nothing: the caller
 * commits the DDL together with the new metadata version, or rolls all of it back.
 */
final class LiquibaseChangeRunner {

  /** One changeset: its id and statements. */
  record ChangeSetSql(String id, List<String> statements) {}

  static String changelogPath(int versionNo) {
    return "tsumugi/metadata/v" + versionNo;
  }

  void run(Connection connection, SqlDialect dialect, int versionNo, List<ChangeSetSql> sets)
      throws Exception {
    Connection forLiquibase =
        dialect.transactionalDdl() ? holdingTransaction(connection) : connection;
    Database database =
        DatabaseFactory.getInstance()
            .findCorrectDatabaseImplementation(new JdbcConnection(forLiquibase));
    String path = changelogPath(versionNo);
    DatabaseChangeLog changelog = new DatabaseChangeLog(path);
    for (ChangeSetSql set : sets) {
      ChangeSet changeSet =
          new ChangeSet(set.id(), "tsumugi", false, false, path, null, null, changelog);
      for (String sql : set.statements()) {
        RawSQLChange change = new RawSQLChange(sql);
        change.setSplitStatements(false);
        change.setStripComments(false);
        changeSet.addChange(change);
      }
      changelog.addChangeSet(changeSet);
    }
    Map<String, Object> scope =
        Map.of(
            Scope.Attr.resourceAccessor.name(),
            new ClassLoaderResourceAccessor(LiquibaseChangeRunner.class.getClassLoader()),
            Scope.Attr.ui.name(),
            new LoggerUIService());
    try {
      Scope.child(
          scope,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_ARG, changelog)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, path)
                  .addArgumentValue(
                      ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                  .execute());
    } finally {
      // Liquibase caches services per Database object; these are used once.
      LockServiceFactory.getInstance().resetAll();
      Scope.getCurrentScope().getSingleton(ChangeLogHistoryServiceFactory.class).resetAll();
    }
  }

  /**
   * A view of the connection on which commit, rollback, auto-commit changes and close do nothing:
   * the caller ends the transaction (Liquibase rolls back between changesets otherwise).
   */
  private static Connection holdingTransaction(Connection target) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "commit", "rollback", "close", "setAutoCommit":
              return null;
            case "getAutoCommit":
              return false;
            default:
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            LiquibaseChangeRunner.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            handler);
  }
}
