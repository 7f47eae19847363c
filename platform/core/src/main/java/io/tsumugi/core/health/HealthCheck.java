package io.tsumugi.core.health;

import io.tsumugi.api.PlatformVersion;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.metadata.MetadataVersionRecord;
import io.tsumugi.core.metadata.MetadataVersions;
import io.tsumugi.core.startup.PlatformDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Checks that the database answers and reads the active metadata version. */
@ApplicationScoped
public class HealthCheck {

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Inject private MetadataVersions metadataVersions;
  @Inject private Engine engine;

  public HealthReport check() {
    String database;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.getMetaData().getDatabaseProductName();
      if (!connection.isValid(2)) {
        return down("database connection is not valid");
      }
    } catch (SQLException e) {
      return down("database unreachable: " + e.getMessage());
    }
    Integer version =
        metadataVersions.active().map(MetadataVersionRecord::getVersionNo).orElse(null);
    int entities = engine.active().current().pkg().entities().size();
    return new HealthReport(true, PlatformVersion.current(), database, version, null, entities);
  }

  private static HealthReport down(String problem) {
    return new HealthReport(false, PlatformVersion.current(), null, null, problem);
  }
}
