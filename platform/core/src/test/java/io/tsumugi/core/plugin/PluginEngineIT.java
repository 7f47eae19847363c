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
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import io.tsumugi.metadata.standard.StandardPackage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
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
  private MetadataApplier applier;
  private PluginHost host;
  private RecordService records;
  private RecordDeletion deletion;

  @BeforeEach
  void engine() throws Exception {
    ds = TestDatabases.fresh("plugin_engine");
    active = new ActiveMetadata();
    applier = new MetadataApplier(ds, active);
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

  /** The demo plugin with a security section; {@code label} tells the versions' sets apart. */
  private Path securedDemo(String version, String label) throws Exception {
    return PluginJar.of(uploads, "demo-" + version + ".jar", "demo", version)
        .extension(DemoMetadata.class)
        .security(
            """
            {"visibility": {"demo_thing": "private"},
             "permissionSets": [{"name": "demo_viewer", "label": {"ja": "%1$s", "en": "%1$s"},
               "roles": ["manager"], "entities": {"demo_thing": {"read": true, "viewAll": true}}}],
             "sharingRules": [{"name": "demo_open", "label": {"ja": "公開", "en": "Open"},
               "entity": "demo_thing", "shareWith": {"role": "user"}, "access": "read"}]}
            """
                .formatted(label))
        .demoMetadata("demo", null)
        .build();
  }

  @Test
  void
      thePluginsSecurityIsMergedOnInstallKeptAgainstTheAdministratorOnUpgradeAndRemovedOnUninstall()
          throws Exception {
    host.install(securedDemo("1.0.0", "v1"));
    SecurityDef installed = active.current().pkg().security();
    assertThat(installed.visibilityOf("demo_thing")).isEqualTo(Visibility.PRIVATE);
    assertThat(installed.permissionSet("demo_viewer").orElseThrow().label().ja()).isEqualTo("v1");
    assertThat(installed.permissionSet("standard_user")).isPresent();
    assertThat(installed.sharingRules()).extracting(SharingRule::name).contains("demo_open");

    // The administrator makes the plugin's entity department-wide and shares it by a rule of their
    // own, then the plugin is upgraded.
    MetadataPackage pkg = active.current().pkg();
    SecurityDef adminChanged =
        new SecurityDef(
            with(installed.visibility(), "demo_thing", Visibility.DEPARTMENT),
            installed.permissionSets(),
            concat(installed.sharingRules(), rule("vip_things", "demo_thing")));
    applier.apply(
        withSecurity(pkg, adminChanged),
        active.current().versionNo(),
        "admin",
        ApplyOptions.defaults());
    host.upgrade(securedDemo("1.1.0", "v2"));

    SecurityDef upgraded = active.current().pkg().security();
    assertThat(upgraded.visibilityOf("demo_thing")).isEqualTo(Visibility.DEPARTMENT);
    assertThat(upgraded.permissionSet("demo_viewer").orElseThrow().label().ja()).isEqualTo("v2");
    assertThat(upgraded.permissionSets())
        .extracting(PermissionSet::name)
        .containsOnlyOnce("demo_viewer");
    assertThat(upgraded.sharingRules())
        .extracting(SharingRule::name)
        .containsOnlyOnce("demo_open")
        .contains("vip_things");

    host.uninstall("demo", false);

    SecurityDef after = active.current().pkg().security();
    assertThat(after.visibility()).doesNotContainKey("demo_thing");
    assertThat(after.permissionSets())
        .extracting(PermissionSet::name)
        .contains("standard_user")
        .doesNotContain("demo_viewer");
    assertThat(after.sharingRules()).extracting(SharingRule::entity).doesNotContain("demo_thing");
  }

  @Test
  void aPluginWhoseSecurityNamesAStandardEntityIsRefusedAndNothingChanges() throws Exception {
    int before = active.current().versionNo();
    Path greedy =
        PluginJar.of(uploads, "greedy.jar", "demo", "1.0.0")
            .extension(DemoMetadata.class)
            .security(
                """
                {"visibility": {"account": "private"},
                 "permissionSets": [{"name": "demo_all", "label": {"ja": "全部", "en": "All"},
                   "roles": ["user"], "entities": {"*": {"read": true, "viewAll": true}}}]}
                """)
            .demoMetadata("demo", null)
            .build();

    assertThatThrownBy(() -> host.install(greedy))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("/security/visibility/account")
        .hasMessageContaining("/security/permissionSets/0/entities/*")
        .hasMessageContaining("may only name its own entities");
    assertThat(active.current().versionNo()).isEqualTo(before);
    assertThat(active.current().pkg().security().visibilityOf("account"))
        .isNotEqualTo(Visibility.PRIVATE);
  }

  private static <K, V> Map<K, V> with(Map<K, V> map, K key, V value) {
    Map<K, V> copy = new java.util.LinkedHashMap<>(map);
    copy.put(key, value);
    return copy;
  }

  private static <T> List<T> concat(List<T> list, T item) {
    List<T> copy = new java.util.ArrayList<>(list);
    copy.add(item);
    return copy;
  }

  private static SharingRule rule(String name, String entity) {
    return new SharingRule(
        name, new LocalizedText("共有", "Shared"), entity, List.of(), null, false, "user", false);
  }

  private static MetadataPackage withSecurity(MetadataPackage p, SecurityDef security) {
    return new MetadataPackage(
        p.namespace(),
        p.version(),
        p.label(),
        p.description(),
        p.entities(),
        p.picklists(),
        security);
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
