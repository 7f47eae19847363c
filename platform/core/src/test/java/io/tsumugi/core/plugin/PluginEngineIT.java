package io.tsumugi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.core.plugin.testplugins.DemoMetadata;
import io.tsumugi.core.plugin.testplugins.ForbiddenNameValidator;
import io.tsumugi.core.plugin.testplugins.ThrowingDeleteListener;
import io.tsumugi.core.plugin.testplugins.ThrowingListener;
import io.tsumugi.core.plugin.testplugins.UpperCaseNormalizer;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordDeletion;
import io.tsumugi.core.records.RecordHooksSlot;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.standard.StandardPackage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real plugin jars on the real engine: metadata through the metadata applier (H2, or PostgreSQL
 * with {@code -Ddb=postgresql}), records through the record service with the plugins' hooks.
 */
class PluginEngineIT {

  @TempDir Path plugins;
  @TempDir Path uploads;
  private final CallerContext caller = CallerContext.system();
  private DataSource ds;
  private ActiveMetadata active;
  private PluginHost host;
  private RecordService records;
  private RecordDeletion deletion;

  @BeforeEach
  void engine() throws Exception {
    ds = TestDatabases.fresh("plugin_engine");
    active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    host =
        new PluginHost(
            plugins,
            new PluginStateStore(ds),
            new PluginFileInspector(PluginSignatureVerifier.disabled()),
            new EngineMetadataTarget(applier, active, ds),
            PluginServices.withoutRecords(new Properties()),
            Clock.systemUTC());
    RecordHooksSlot hooks = new RecordHooksSlot();
    hooks.plug(new PluginRecordHooks(host));
    records = new RecordService(ds, active, hooks);
    deletion = new RecordDeletion(ds, active, hooks);
  }

  @AfterEach
  void stop() {
    host.close();
  }

  private Path demo(String version, String extraField) throws Exception {
    return PluginJar.of(uploads, "demo-" + version + ".jar", "demo", version)
        .extension(DemoMetadata.class)
        .extension(UpperCaseNormalizer.class)
        .extension(ForbiddenNameValidator.class)
        .demoMetadata("demo", extraField)
        .build();
  }

  @Test
  void installAppliesThePluginsMetadataAsANewVersionByThePlugin() throws Exception {
    int before = active.current().versionNo();
    host.install(demo("1.0.0", "code"));

    assertThat(active.current().versionNo()).isEqualTo(before + 1);
    assertThat(active.current().pkg().entity("demo_thing")).isPresent();
    assertThat(active.current().pkg().entity("account")).isPresent();
    assertThat(text("SELECT applied_by FROM sys_metadata_version WHERE active = TRUE"))
        .isEqualTo("plugin demo 1.0.0");
  }

  @Test
  void recordsGoThroughThePluginsNormaliserAndValidatorWithErrorsMerged() throws Exception {
    host.install(demo("1.0.0", "code"));

    Record saved = records.create(caller, "demo_thing", Map.of("name", "ok", "code", "abc"));
    assertThat(saved.get("code")).isEqualTo("ABC");

    assertThatThrownBy(
            () -> records.create(caller, "demo_thing", Map.of("name", "forbidden", "nope", "x")))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::code)
                  .contains("demo.forbidden", "field.unknown");
              assertThat(e.errors()).extracting(FieldError::messageJa).contains("この名前は使えません。");
            });
  }

  @Test
  void aListenerExceptionFailsThatWriteNamingThePluginAndNothingIsWritten() throws Exception {
    host.install(
        PluginJar.of(uploads, "noisy.jar", "noisy", "1.0.0")
            .extension(ThrowingListener.class)
            .build());

    assertThatThrownBy(() -> records.create(caller, "account", Map.of("name", "株式会社テスト")))
        .isInstanceOfSatisfying(
            RecordValidationException.class,
            e -> {
              assertThat(e.errors().get(0).code()).isEqualTo("plugin.failed");
              assertThat(e.errors().get(0).messageJa()).contains("noisy");
              assertThat(e.errors().get(0).messageEn()).contains("noisy");
            });
    assertThat(
            count(
                "SELECT COUNT(*) FROM " + io.tsumugi.core.schema.runtime.SqlNames.table("account")))
        .isZero();
  }

  @Test
  void disabledPluginsExtensionsStopRunningWhileItsEntitiesStay() throws Exception {
    host.install(demo("1.0.0", "code"));
    host.disable("demo");

    Record saved = records.create(caller, "demo_thing", Map.of("name", "forbidden", "code", "x"));
    assertThat(saved.get("code")).isEqualTo("x");
  }

  @Test
  void upgradeIsANewPlanThatKeepsTheData() throws Exception {
    host.install(demo("1.0.0", null));
    Record kept = records.create(caller, "demo_thing", Map.of("name", "残る"));

    host.upgrade(demo("1.1.0", "code"));

    assertThat(active.current().pkg().entity("demo_thing").orElseThrow().field("code")).isPresent();
    assertThat(records.get(caller, "demo_thing", kept.id()).orElseThrow().get("name"))
        .isEqualTo("残る");
    assertThat(text("SELECT applied_by FROM sys_metadata_version WHERE active = TRUE"))
        .isEqualTo("plugin demo 1.1.0");
  }

  @Test
  void uninstallTakesTheEntitiesOutAndArchivesTheirRows() throws Exception {
    host.install(demo("1.0.0", null));
    records.create(caller, "demo_thing", Map.of("name", "残る"));

    host.uninstall("demo", false);

    assertThat(active.current().pkg().entity("demo_thing")).isEmpty();
    String archived =
        text("SELECT table_name FROM sys_archive WHERE entity_name = 'demo_thing'").toLowerCase();
    assertThat(count("SELECT COUNT(*) FROM " + archived)).isEqualTo(1);
  }

  @Test
  void uninstallWithPurgeDropsTheArchivedTables() throws Exception {
    host.install(demo("1.0.0", null));
    records.create(caller, "demo_thing", Map.of("name", "消える"));

    host.uninstall("demo", true);

    assertThat(count("SELECT COUNT(*) FROM sys_archive WHERE entity_name = 'demo_thing'")).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name)"
                    + " LIKE 'zz_t_demo_thing%'"))
        .isZero();
  }

  @Test
  void deleteRunsThroughTheListenersToo() throws Exception {
    Record r = records.create(caller, "account", Map.of("name", "削除"));
    host.install(
        PluginJar.of(uploads, "noisy.jar", "noisy", "1.0.0")
            .extension(ThrowingDeleteListener.class)
            .build());

    assertThatThrownBy(() -> deletion.delete(caller, "account", r.id(), r.version()))
        .isInstanceOf(RecordValidationException.class)
        .hasMessageContaining("noisy");
    assertThat(records.get(caller, "account", r.id())).isPresent();
  }

  private String text(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private long count(String sql) throws SQLException {
    return Long.parseLong(text(sql));
  }
}
