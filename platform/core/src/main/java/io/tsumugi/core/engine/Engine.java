package io.tsumugi.core.engine;

import io.tsumugi.core.access.AccessService;
import io.tsumugi.core.access.PermissionSetAssignments;
import io.tsumugi.core.console.ConsoleAudit;
import io.tsumugi.core.persistence.DynamicTypes;
import io.tsumugi.core.preferences.ListPreferences;
import io.tsumugi.core.query.QueryService;
import io.tsumugi.core.recent.RecentRecords;
import io.tsumugi.core.records.FieldHistory;
import io.tsumugi.core.records.RecordDeletion;
import io.tsumugi.core.records.RecordHooksSlot;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.ApplyResult;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.MetadataArchive;
import io.tsumugi.core.startup.PlatformDataSource;
import io.tsumugi.metadata.model.MetadataPackage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The engine of a running server: the active metadata, the applier, the dynamic JPA types, the
 * record and query services. Started by {@link io.tsumugi.core.startup.PlatformStartup} after the
 * platform tables are migrated.
 */
@ApplicationScoped
public class Engine {

  private static final Logger LOG = Logger.getLogger(Engine.class.getName());

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @PersistenceUnit(unitName = "tsumugi")
  private EntityManagerFactory emf;

  private final ActiveMetadata active = new ActiveMetadata();
  private MetadataApplier applier;
  private DynamicTypes dynamicTypes;
  private final RecordHooksSlot hooks = new RecordHooksSlot();
  private RecordService records;
  private RecordDeletion deletion;
  private QueryService queries;
  private AccessService access;
  private FieldHistory history;
  private ListPreferences listPreferences;
  private RecentRecords recentRecords;

  /** Undoes half-done applies, loads the active version and registers its dynamic types. */
  public void start() {
    applier = new MetadataApplier(dataSource, active);
    applier.recoverAndLoad();
    dynamicTypes = new DynamicTypes(emf, active);
    records = new RecordService(dataSource, active, hooks);
    deletion = new RecordDeletion(dataSource, active, hooks);
    queries = new QueryService(dataSource, active);
    access = new AccessService(dataSource, active);
    history = new FieldHistory(dataSource);
    listPreferences = new ListPreferences(dataSource);
    recentRecords = new RecentRecords(dataSource);
  }

  /**
   * Applies {@code pkg} as the next version when the active one is the empty version 1 (the first
   * start of a new database); does nothing otherwise.
   */
  public void applyIfEmpty(MetadataPackage pkg, int emptyVersion) {
    if (active.current().versionNo() != emptyVersion) {
      return;
    }
    ApplyResult r = applier.apply(pkg, emptyVersion, "system", ApplyOptions.defaults());
    LOG.info(
        () ->
            "First start: package '"
                + pkg.namespace()
                + "' "
                + pkg.version()
                + " applied as metadata version "
                + r.versionNo()
                + " in "
                + r.millis()
                + " ms");
  }

  /** The active metadata. */
  public ActiveMetadata active() {
    return active;
  }

  /** The applier. */
  public MetadataApplier applier() {
    return applier;
  }

  /** The archived columns and tables, and their purge. */
  public MetadataArchive archive() {
    return new MetadataArchive(dataSource);
  }

  /** The dynamic JPA types. */
  public DynamicTypes dynamicTypes() {
    return dynamicTypes;
  }

  /** The record service, the only write path for records. */
  public RecordService records() {
    return records;
  }

  /** Deletes records (the same plugin hooks as {@link #records()}). */
  public RecordDeletion deletion() {
    return deletion;
  }

  /** Where the plugin host plugs the running plugins into every record write. */
  public RecordHooksSlot hooks() {
    return hooks;
  }

  /** The query service, for lists, lookups and search. */
  public QueryService queries() {
    return queries;
  }

  /** Permissions, hidden fields and the "why can this user see this record?" answer. */
  public AccessService access() {
    return access;
  }

  /** Permission sets assigned to users directly, each change written to the console audit. */
  public PermissionSetAssignments permissionSetAssignments() {
    return new PermissionSetAssignments(dataSource, active, new ConsoleAudit(dataSource));
  }

  /** The field history the record service writes. */
  public FieldHistory history() {
    return history;
  }

  /** Each user's list choices. */
  public ListPreferences listPreferences() {
    return listPreferences;
  }

  /** The records each user opened or saved lately. */
  public RecentRecords recentRecords() {
    return recentRecords;
  }

  /** The data source of the platform. */
  public DataSource dataSource() {
    return dataSource;
  }
}
