package io.tsumugi.core.plugin;

import static io.tsumugi.core.plugin.PluginTestSupport.host;
import static io.tsumugi.core.plugin.PluginTestSupport.migratedDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsumugi.api.extension.FieldRef;
import io.tsumugi.api.record.SimpleRecord;
import io.tsumugi.core.plugin.PluginTestSupport.MemoryMetadata;
import io.tsumugi.core.plugin.testplugins.ContextAwareValidator;
import io.tsumugi.core.plugin.testplugins.DemoMetadata;
import io.tsumugi.core.plugin.testplugins.FailingStartPlugin;
import io.tsumugi.core.plugin.testplugins.StartedPlugin;
import io.tsumugi.core.plugin.testplugins.ThrowingListener;
import io.tsumugi.core.plugin.testplugins.UpperCaseNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host on real PF4J, real plugin jars built in a temporary folder, real H2. */
class PluginHostTest {

  @TempDir Path plugins;
  @TempDir Path uploads;
  private static DataSource db;
  private final MemoryMetadata metadata = new MemoryMetadata();
  private PluginHost host;

  @BeforeAll
  static void migrateOnce() throws Exception {
    db = migratedDatabase();
  }

  @BeforeEach
  void setUp() throws Exception {
    try (var c = db.getConnection();
        var s = c.createStatement()) {
      s.executeUpdate("DELETE FROM sys_plugin");
    }
    host = host(plugins, db, metadata, new Properties());
  }

  @AfterEach
  void tearDown() {
    host.close();
  }

  private static FieldRef code() {
    return new FieldRef("demo_thing", "code", "text");
  }

  private PluginJar demo(Path dir, String version) {
    return PluginJar.of(dir, "demo-" + version + ".jar", "demo", version)
        .pluginClass(StartedPlugin.class)
        .extension(UpperCaseNormalizer.class)
        .extension(DemoMetadata.class)
        .demoMetadata("demo", version.equals("1.0.0") ? null : "extra");
  }

  @Test
  void pluginDroppedInTheFolderStartsWithItsExtensionsAndMetadata() throws Exception {
    Path jar = demo(plugins, "1.0.0").build();

    host.start();

    assertThat(host.problems()).isEmpty();
    assertThat(host.running()).containsExactly("demo");
    assertThat(host.extensions().normalize(code(), "abc")).isEqualTo("ABC");
    assertThat(metadata.namespace("demo").entity("demo_thing")).isPresent();
    InstalledPlugin row = host.installed().get(0);
    assertThat(row.status()).isEqualTo(PluginStatus.ENABLED);
    assertThat(row.sha256()).isEqualTo(PluginFileInspector.sha256(jar)).hasSize(64);
  }

  @Test
  void extensionsAreBuiltWithThePluginsContext() throws Exception {
    PluginJar.of(plugins, "ctx.jar", "ctx", "1.0.0")
        .extension(ContextAwareValidator.class)
        .resource("messages.properties", "hello=Hello {0}")
        .resource("messages_ja.properties", "hello=\\u3053\\u3093\\u306b\\u3061\\u306f {0}")
        .build();
    Properties settings = new Properties();
    settings.setProperty("tsumugi.plugin.ctx.greeting", "hi");
    host = host(plugins, db, metadata, settings);

    host.start();

    var errors = host.extensions().validate(new SimpleRecord("any", null, Map.of()));
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo("ctx.hi");
              assertThat(e.message().ja()).isEqualTo("こんにちは x");
            });
  }

  @Test
  void pluginFailingOnStartIsRefusedWhileTheOthersLoad() throws Exception {
    demo(plugins, "1.0.0").build();
    PluginJar.of(plugins, "broken.jar", "broken", "1.0.0")
        .pluginClass(FailingStartPlugin.class)
        .build();

    host.start();

    assertThat(host.running()).containsExactly("demo");
    assertThat(host.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fileName()).isEqualTo("broken.jar");
              assertThat(p.message().en()).contains("broken.jar", "failed on start", "on purpose");
              assertThat(p.message().ja()).contains("broken.jar", "開始に失敗しました");
            });
  }

  @Test
  void corruptFileIsRefusedWhileTheOthersLoad() throws Exception {
    demo(plugins, "1.0.0").build();
    Files.write(plugins.resolve("garbage.jar"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    host.start();

    assertThat(host.running()).containsExactly("demo");
    assertThat(host.problems().get(0).message().en()).contains("garbage.jar", "corrupt");
    assertThat(host.problems().get(0).message().ja()).contains("garbage.jar", "壊れています");
  }

  @Test
  void jarWithPathEscapingItsFolderIsRefused() throws Exception {
    PluginJar.of(plugins, "slip.jar", "slip", "1.0.0")
        .rawEntry("../../evil.txt", "owned".getBytes())
        .build();

    host.start();

    assertThat(host.running()).isEmpty();
    assertThat(host.problems().get(0).message().en()).contains("../../evil.txt", "zip slip");
    assertThat(plugins.getParent().resolve("evil.txt")).doesNotExist();
  }

  @Test
  void pluginNeedingANewerApiIsRefused() throws Exception {
    PluginJar.of(plugins, "future.jar", "future", "1.0.0")
        .header("Plugin-Requires", ">=2.0.0")
        .build();

    host.start();

    assertThat(host.problems().get(0).message().en())
        .contains("needs plugin API >=2.0.0", "provides API 1.0.0");
  }

  @Test
  void pluginBundlingThePlatformApiIsRefused() throws Exception {
    PluginJar.of(plugins, "fat.jar", "fat", "1.0.0")
        .rawEntry("io/tsumugi/api/ApiVersion.class", new byte[] {0})
        .build();

    host.start();

    assertThat(host.problems().get(0).message().en()).contains("bundles", "provided");
  }

  @Test
  void missingDependencyIsRefusedNamingIt() throws Exception {
    PluginJar.of(plugins, "child.jar", "child", "1.0.0")
        .header("Plugin-Dependencies", "parent@>=1.0.0")
        .build();

    host.start();

    assertThat(host.problems().get(0).message().en())
        .contains("child.jar", "needs plugin 'parent'", "not installed");
  }

  @Test
  void dependencyLoadsBeforeThePluginThatNeedsIt() throws Exception {
    PluginJar.of(plugins, "a-child.jar", "child", "1.0.0")
        .header("Plugin-Dependencies", "parent@>=1.0.0")
        .build();
    PluginJar.of(plugins, "z-parent.jar", "parent", "1.2.0").build();

    host.start();

    assertThat(host.problems()).isEmpty();
    assertThat(host.running()).containsExactly("parent", "child");
  }

  @Test
  void listenerExceptionFailsOnlyThatOperationNamingThePlugin() throws Exception {
    demo(plugins, "1.0.0").build();
    PluginJar.of(plugins, "noisy.jar", "noisy", "1.0.0").extension(ThrowingListener.class).build();
    host.start();

    assertThatThrownBy(() -> host.extensions().beforeSave(new SimpleRecord("x", null, Map.of())))
        .isInstanceOf(PluginExtensionException.class)
        .hasMessageContaining("noisy")
        .hasMessageContaining("on purpose");
    assertThat(host.extensions().normalize(code(), "still works")).isEqualTo("STILL WORKS");
    assertThat(host.running()).containsExactlyInAnyOrder("demo", "noisy");
  }

  @Test
  void uploadedPluginIsInstalledUnderItsIdAndVersion() throws Exception {
    Path upload = demo(uploads, "1.0.0").build();

    InstalledPlugin row = host.install(upload);

    assertThat(row.fileName()).isEqualTo("demo-1.0.0.jar");
    assertThat(plugins.resolve("demo-1.0.0.jar")).exists();
    assertThat(host.running()).containsExactly("demo");
  }

  @Test
  void installingAnInstalledPluginAgainIsRefused() throws Exception {
    host.install(demo(uploads, "1.0.0").build());

    assertThatThrownBy(() -> host.install(demo(uploads, "1.0.0").build()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("already installed");
  }

  @Test
  void upgradeAppliesTheNewMetadataAndArchivesTheOldFile() throws Exception {
    host.install(demo(uploads, "1.0.0").build());

    InstalledPlugin row = host.upgrade(demo(uploads, "1.1.0").build());

    assertThat(row.version()).isEqualTo("1.1.0");
    assertThat(metadata.namespace("demo").entity("demo_thing").orElseThrow().field("extra"))
        .isPresent();
    assertThat(plugins.resolve("demo-1.0.0.jar")).doesNotExist();
    assertThat(plugins.resolve("demo-1.1.0.jar")).exists();
    try (var archived = Files.list(plugins.resolve(".archive"))) {
      assertThat(archived.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith("demo-1.0.0.jar"));
    }
    assertThat(host.extensions().normalize(code(), "x")).isEqualTo("X");
  }

  @Test
  void upgradeToTheSameVersionIsRefused() throws Exception {
    host.install(demo(uploads, "1.0.0").build());

    assertThatThrownBy(() -> host.upgrade(demo(uploads, "1.0.0").build()))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("not newer");
    assertThat(host.running()).containsExactly("demo");
  }

  @Test
  void failedUpgradeKeepsTheOldVersionRunning() throws Exception {
    host.install(demo(uploads, "1.0.0").build());
    Path broken =
        PluginJar.of(uploads, "demo-2.0.0.jar", "demo", "2.0.0")
            .pluginClass(FailingStartPlugin.class)
            .build();

    assertThatThrownBy(() -> host.upgrade(broken)).isInstanceOf(PluginRefusedException.class);

    assertThat(host.running()).containsExactly("demo");
    assertThat(host.installed().get(0).version()).isEqualTo("1.0.0");
    assertThat(plugins.resolve("demo-2.0.0.jar")).doesNotExist();
  }

  @Test
  void disabledPluginStaysStoppedAfterARestartUntilEnabled() throws Exception {
    host.install(demo(uploads, "1.0.0").build());
    host.disable("demo");
    host.close();

    host = host(plugins, db, metadata, new Properties());
    host.start();
    assertThat(host.running()).isEmpty();
    assertThat(host.extensions().normalize(code(), "abc")).isEqualTo("abc");

    host.enable("demo");
    assertThat(host.running()).containsExactly("demo");
  }

  @Test
  void uninstallWithdrawsTheMetadataKeepingDataAndArchivesTheFile() throws Exception {
    host.install(demo(uploads, "1.0.0").build());

    InstalledPlugin row = host.uninstall("demo", false);

    assertThat(row.status()).isEqualTo(PluginStatus.UNINSTALLED);
    assertThat(metadata.withdrawn).containsExactly("demo archived");
    assertThat(host.running()).isEmpty();
    assertThat(plugins.resolve("demo-1.0.0.jar")).doesNotExist();
    host.close();
    host = host(plugins, db, metadata, new Properties());
    host.start();
    assertThat(host.running()).isEmpty();
  }

  @Test
  void fileRemovedWhileStoppedIsReportedAtStartAndItsMetadataKept() throws Exception {
    host.install(demo(uploads, "1.0.0").build());
    host.close();
    Path aside = Files.move(plugins.resolve("demo-1.0.0.jar"), uploads.resolve("aside.jar"));

    host = host(plugins, db, metadata, new Properties());
    host.start();

    assertThat(host.running()).isEmpty();
    PluginProblem problem = host.problems().get(0);
    assertThat(problem.pluginId()).isEqualTo("demo");
    assertThat(problem.fileName()).isEqualTo("demo-1.0.0.jar");
    assertThat(problem.message().en()).contains("is missing", "data are kept");
    assertThat(problem.message().ja()).contains("ありません", "データは残っています");
    InstalledPlugin row = host.installed().get(0);
    assertThat(row.status()).isEqualTo(PluginStatus.FAILED);
    assertThat(row.lastError()).contains("demo-1.0.0.jar");
    assertThat(metadata.withdrawn).isEmpty();
    assertThat(metadata.namespace("demo").entity("demo_thing")).isPresent();

    // The file put back: it runs again at the next start.
    Files.move(aside, plugins.resolve("demo-1.0.0.jar"));
    host.close();
    host = host(plugins, db, metadata, new Properties());
    host.start();
    assertThat(host.problems()).isEmpty();
    assertThat(host.running()).containsExactly("demo");
    assertThat(host.installed().get(0).status()).isEqualTo(PluginStatus.ENABLED);
  }

  @Test
  void previewPlansTheMetadataOfAnUploadWithoutInstallingOrRunningIt() throws Exception {
    Path jar =
        PluginJar.of(uploads, "demo.jar", "demo", "1.0.0")
            .pluginClass(FailingStartPlugin.class) // would fail if any of its code ran
            .metadataAt("tsumugi/metadata", "demo", null)
            .build();

    PluginPreview preview = host.preview(jar);

    assertThat(preview.pluginId()).isEqualTo("demo");
    assertThat(preview.upgrade()).isFalse();
    assertThat(preview.note()).isNull();
    assertThat(preview.changes()).isNotEmpty();
    assertThat(preview.changes().get(0).entity()).isEqualTo("demo_thing");
    assertThat(preview.changes().get(0).summaryJa()).isNotBlank();
    assertThat(host.installed()).isEmpty();
    assertThat(host.running()).isEmpty();
    try (var files = Files.list(plugins)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void previewOfAnUpgradeNamesTheInstalledVersionAndTheNewField() throws Exception {
    host.install(demo(uploads, "1.0.0").build());
    Path newer =
        PluginJar.of(uploads, "demo-2.jar", "demo", "2.0.0")
            .metadataAt("tsumugi/metadata", "demo", "extra")
            .build();

    PluginPreview preview = host.preview(newer);

    assertThat(preview.installedVersion()).isEqualTo("1.0.0");
    assertThat(preview.changes()).extracting(c -> c.field()).contains("extra");
    assertThat(preview.changes()) // the new field and the package's version, nothing dropped
        .extracting(c -> c.kind().name())
        .containsExactlyInAnyOrder("ADD_FIELD", "CHANGE_PACKAGE_METADATA");
  }

  @Test
  void previewWithoutAPackageAtTheUsualPlaceSaysSoAndHostileFilesAreRefused() throws Exception {
    PluginPreview preview = host.preview(demo(uploads, "1.0.0").build());
    assertThat(preview.changes()).isEmpty();
    assertThat(preview.note().en()).contains("cannot be previewed");
    assertThat(preview.note().ja()).contains("表示できません");

    Path evil =
        PluginJar.of(uploads, "evil.jar", "evil", "1.0.0")
            .rawEntry("../../evil.txt", new byte[] {1})
            .build();
    assertThatThrownBy(() -> host.preview(evil))
        .isInstanceOf(PluginRefusedException.class)
        .hasMessageContaining("evil.jar");
  }

  @Test
  void fileChangedSinceInstallationIsRefusedAtStart() throws Exception {
    host.install(demo(uploads, "1.0.0").build());
    host.close();
    Files.delete(plugins.resolve("demo-1.0.0.jar"));
    demo(plugins, "1.0.0").resource("extra.txt", "tampered").build();

    host = host(plugins, db, metadata, new Properties());
    host.start();

    assertThat(host.running()).isEmpty();
    assertThat(host.problems().get(0).message().en()).contains("changed since it was installed");
    assertThat(host.installed().get(0).status()).isEqualTo(PluginStatus.FAILED);
  }

  @Test
  void metadataUnderAnotherNamespaceIsRefused() throws Exception {
    PluginJar.of(plugins, "liar.jar", "liar", "1.0.0")
        .extension(DemoMetadata.class)
        .demoMetadata("other", null)
        .build();

    host.start();

    assertThat(host.running()).isEmpty();
    assertThat(host.problems().get(0).message().en()).contains("namespace 'other'", "'liar'");
  }

  @Test
  void closingStopsEveryPlugin() throws IOException {
    demo(plugins, "1.0.0").build();
    host.start();

    host.close();

    assertThat(host.running()).isEmpty();
  }
}
