package io.tsumugi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginSecurityTest {

  private static final LocalizedText LABEL = new LocalizedText("ラベル", "Label");

  @Test
  void aPackageWithoutPermissionSetsGetsThePluginsRulesAndVisibilityButNotItsSets() {
    SecurityDef open = new SecurityDef(Map.of(), List.of(), List.of());

    SecurityDef merged = PluginSecurity.merged(open, plugin("demo_thing"));

    assertThat(merged.permissionSets()).isEmpty();
    assertThat(merged.visibilityOf("demo_thing")).isEqualTo(Visibility.PRIVATE);
    assertThat(merged.sharingRules()).extracting(SharingRule::name).containsExactly("demo_open");
  }

  @Test
  void anUpgradeWithoutAnEntityDropsEveryMentionOfItButKeepsTheOthers() {
    PermissionSet admins =
        new PermissionSet(
            "sales",
            LABEL,
            List.of("user"),
            Map.of("demo_old", EntityPermission.NONE, "demo_thing", EntityPermission.NONE),
            Map.of("demo_old", Map.of("name", FieldAccess.READ)));
    SecurityDef active =
        new SecurityDef(
            Map.of("demo_old", Visibility.DEPARTMENT, "demo_thing", Visibility.PUBLIC_READ),
            List.of(admins),
            List.of(rule("mine_old", "demo_old"), rule("mine_thing", "demo_thing")));

    SecurityDef merged = PluginSecurity.merged(active, plugin("demo_thing"));

    assertThat(merged.visibility())
        .containsExactlyEntriesOf(Map.of("demo_thing", Visibility.PUBLIC_READ));
    PermissionSet kept = merged.permissionSet("sales").orElseThrow();
    assertThat(kept.entities()).containsOnlyKeys("demo_thing");
    assertThat(kept.fields()).isEmpty();
    assertThat(merged.permissionSet("demo_viewer")).isPresent();
    assertThat(merged.sharingRules())
        .extracting(SharingRule::name)
        .containsExactly("mine_thing", "demo_open");
  }

  private static MetadataPackage plugin(String entity) {
    EntityDef thing = StandardPackage.load().entity("account").orElseThrow().withName(entity);
    SecurityDef own =
        new SecurityDef(
            Map.of(entity, Visibility.PRIVATE),
            List.of(
                new PermissionSet(
                    "demo_viewer",
                    LABEL,
                    List.of("manager"),
                    Map.of(entity, EntityPermission.NONE),
                    Map.of())),
            List.of(rule("demo_open", entity)));
    return new MetadataPackage("demo", "1.0.0", LABEL, LABEL, List.of(thing), List.of(), own);
  }

  private static SharingRule rule(String name, String entity) {
    return new SharingRule(name, LABEL, entity, List.of(), null, false, "user", false);
  }
}
