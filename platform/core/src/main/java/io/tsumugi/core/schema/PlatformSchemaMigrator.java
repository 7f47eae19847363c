package io.tsumugi.core.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the platform's own tables up to date by running the master changelog, which includes one
 * changelog per release. Liquibase records every changeset it ran in {@code databasechangelog}, so
 * a second run does nothing.
 *
 * <p>Must run on a connection outside any JTA transaction: Liquibase commits as it goes.
 */
public final class PlatformSchemaMigrator {

  /** The master changelog; each release adds one {@code changelog-<version>.xml} it includes. */
  public static final String MASTER_CHANGELOG = "META-INF/tsumugi/db/changelog-master.xml";

  /** Runs every pending changeset of the master changelog on {@code connection}. */
  public void migrate(Connection connection) throws SQLException {
    try {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      ClassLoaderResourceAccessor resources =
          new ClassLoaderResourceAccessor(PlatformSchemaMigrator.class.getClassLoader());
      // Liquibase's default UI prints to stdout; route it to the log like everything else.
      Map<String, Object> scope =
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              resources,
              Scope.Attr.ui.name(),
              new LoggerUIService());
      Scope.child(
          scope,
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER_CHANGELOG)
                  .addArgumentValue(
                      ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                  .execute());
    } catch (LiquibaseException e) {
      throw new SQLException("Platform schema migration failed: " + e.getMessage(), e);
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new SQLException("Platform schema migration failed: " + e.getMessage(), e);
    }
  }
}
