package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The process {@link KilledApplyIT} kills: starts applying {@link #nextVersion} on the database at
 * {@code args[0]} and sleeps inside the apply (after its first changeset) until it is killed.
 */
public final class KilledApplyChild {

  /** The application name the child's PostgreSQL session carries, so the test can find it. */
  static final String APPLICATION_NAME = "q_killed_apply_child";

  private KilledApplyChild() {}

  /** Arguments: JDBC URL, user. */
  public static void main(String[] args) {
    DataSource ds;
    if (args[0].startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(args[0]);
      pg.setUser(args[1]);
      pg.setApplicationName(APPLICATION_NAME);
      ds = pg;
    } else {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(args[0]);
      h2.setUser(args[1]);
      ds = h2;
    }
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(
        nextVersion(),
        active.current().versionNo(),
        "killed-child",
        ApplyOptions.defaults().pausingAfterFirstChange(Duration.ofMinutes(10)));
    System.exit(3); // never reached when the test kills the process in time
  }

  /** The standard package with two more account fields (several changesets). */
  static MetadataPackage nextVersion() {
    MetadataPackage p = StandardPackage.load();
    List<EntityDef> entities = new ArrayList<>();
    for (EntityDef e : p.entities()) {
      if (e.name().equals("account")) {
        List<FieldDef> fields = new ArrayList<>(e.fields());
        fields.add(
            FieldDef.builder("q_kill_a", "q_first", FieldType.TEXT).filterable(true).build());
        fields.add(
            FieldDef.builder("q_kill_b", "q_second", FieldType.INTEGER).sortable(true).build());
        e = e.withFields(fields);
      }
      entities.add(e);
    }
    return p.withEntities(entities);
  }
}
