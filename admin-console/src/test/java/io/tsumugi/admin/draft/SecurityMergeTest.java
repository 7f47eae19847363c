package io.tsumugi.admin.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A package file of some entities carries, and brings in, only their part of the security. */
class SecurityMergeTest {

  private static final EntityPermission READ_ONLY =
      new EntityPermission(false, true, false, false, false, false, false, false);

  private final SecurityDef active =
      new SecurityDef(
          Map.of("account", Visibility.PRIVATE, "property", Visibility.DEPARTMENT),
          List.of(
              new PermissionSet(
                  "sales",
                  LocalizedText.of("営業", "Sales"),
                  List.of("user"),
                  Map.of(
                      "account",
                      EntityPermission.ALL,
                      "property",
                      READ_ONLY,
                      PermissionSet.EVERY_ENTITY,
                      READ_ONLY),
                  Map.of(
                      "account", Map.of("credit_limit", FieldAccess.NONE),
                      "property", Map.of("rent", FieldAccess.READ)))),
          List.of(rule("accounts_to_osaka", "account"), rule("properties_to_hq", "property")));

  @Test
  void anExportOfChosenEntitiesKeepsOnlyTheirVisibilityRulesAndPermissionEntries() {
    SecurityDef exported = SecurityMerge.only(active, List.of("property"));

    assertThat(exported.visibility()).containsOnlyKeys("property");
    assertThat(exported.sharingRules())
        .extracting(SharingRule::name)
        .containsExactly("properties_to_hq");
    PermissionSet sales = exported.permissionSet("sales").orElseThrow();
    assertThat(sales.entities()).containsOnlyKeys("property", PermissionSet.EVERY_ENTITY);
    assertThat(sales.fields()).containsOnlyKeys("property");
    assertThat(sales.roles()).containsExactly("user");
  }

  @Test
  void anImportLaysTheFilesEntriesOverTheDraftAndKeepsTheOthers() {
    SecurityDef file =
        new SecurityDef(
            Map.of("property", Visibility.PUBLIC_READ),
            List.of(
                new PermissionSet(
                    "sales",
                    LocalizedText.of("営業部", "Sales team"),
                    List.of("user", "manager"),
                    Map.of("property", EntityPermission.ALL),
                    Map.of("property", Map.of("rent", FieldAccess.EDIT)))),
            List.of(rule("properties_to_hq", "property"), rule("new_rule", "property")));

    SecurityDef merged = SecurityMerge.merge(active, file);

    assertThat(merged.visibility())
        .containsEntry("account", Visibility.PRIVATE)
        .containsEntry("property", Visibility.PUBLIC_READ);
    PermissionSet sales = merged.permissionSet("sales").orElseThrow();
    assertThat(sales.roles()).containsExactly("user", "manager");
    assertThat(sales.on("account")).isEqualTo(EntityPermission.ALL);
    assertThat(sales.on("property")).isEqualTo(EntityPermission.ALL);
    assertThat(sales.on("campaign")).isEqualTo(READ_ONLY);
    assertThat(sales.field("account", "credit_limit")).isEqualTo(FieldAccess.NONE);
    assertThat(sales.field("property", "rent")).isEqualTo(FieldAccess.EDIT);
    assertThat(merged.sharingRules())
        .extracting(SharingRule::name)
        .containsExactlyInAnyOrder("accounts_to_osaka", "properties_to_hq", "new_rule");
  }

  @Test
  void aFileWithoutASecuritySectionChangesNothing() {
    assertThat(SecurityMerge.merge(active, SecurityDef.NONE)).isEqualTo(active);
  }

  private static SharingRule rule(String name, String entity) {
    return new SharingRule(
        name, LocalizedText.of(name, name), entity, List.of(), "osaka", false, null, false);
  }
}
