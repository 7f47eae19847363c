package io.tsumugi.metadata.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.json.JsonDocuments;
import io.tsumugi.metadata.json.PackageReader;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.plan.Safety;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The security section: the model's rules, the JSON round trip, validation and planning. */
class SecuritySectionTest {

  private static final LocalizedText LABEL = new LocalizedText("営業", "Sales");

  static SecurityDef sample() {
    PermissionSet reps =
        new PermissionSet(
            "reps",
            LABEL,
            List.of("sales"),
            Map.of(
                "*",
                new EntityPermission(false, true, false, false, false, false, false, false),
                "opportunity",
                new EntityPermission(true, true, true, false, false, true, false, false)),
            Map.of("opportunity", Map.of("amount", FieldAccess.READ)));
    SharingRule big =
        new SharingRule(
            "big_deals",
            LABEL,
            "opportunity",
            List.of(new ListView.Filter("amount", "ge", new BigDecimal("9876543"))),
            "大阪営業部",
            true,
            null,
            false);
    return new SecurityDef(
        Map.of("opportunity", Visibility.PRIVATE, "account", Visibility.DEPARTMENT),
        List.of(reps),
        List.of(big));
  }

  static MetadataPackage withSample() {
    return StandardPackage.load().withSecurity(sample());
  }

  @Test
  void anEntityWithoutItsOwnEntryFallsBackToTheStarEntryAndUnlistedFieldsAreEditable() {
    PermissionSet reps = sample().permissionSets().get(0);
    assertThat(reps.on("account").read()).isTrue();
    assertThat(reps.on("account").update()).isFalse();
    assertThat(reps.on("opportunity").export()).isTrue();
    assertThat(reps.field("opportunity", "amount")).isEqualTo(FieldAccess.READ);
    assertThat(reps.field("opportunity", "name")).isEqualTo(FieldAccess.EDIT);
    assertThat(new PermissionSet("x", LABEL, List.of(), Map.of(), Map.of()).on("account"))
        .isEqualTo(EntityPermission.NONE);
  }

  @Test
  void unlistedEntitiesArePublicReadWriteSoOldPackagesKeepTheirBehaviour() {
    assertThat(sample().visibilityOf("sales_lead")).isEqualTo(Visibility.PUBLIC_READ_WRITE);
    assertThat(SecurityDef.NONE.visibilityOf("account")).isEqualTo(Visibility.PUBLIC_READ_WRITE);
    assertThat(StandardPackage.load().security().permissionSet("standard_user")).isPresent();
  }

  @Test
  void theSectionSurvivesWritingAndReadingBackAndIsValid() {
    MetadataPackage pkg = withSample();
    String json = PackageWriter.toJsonString(pkg);
    MetadataPackage back =
        PackageReader.readPackage(
            JsonDocuments.read(json.getBytes(StandardCharsets.UTF_8), "", null).node());
    assertThat(back.security()).isEqualTo(pkg.security());
    assertThat(new MetadataValidator().validate(json).errors()).isEmpty();
  }

  @Test
  void aSecurityChangeIsOneSafeMetadataOnlyChange() {
    Plan plan = Planner.plan(StandardPackage.load(), withSample());
    assertThat(plan.changes()).hasSize(1);
    assertThat(plan.changes().get(0).kind()).isEqualTo(ChangeKind.CHANGE_SECURITY);
    assertThat(plan.changes().get(0).safety()).isEqualTo(Safety.SAFE);
    assertThat(plan.changes().get(0).kind().isDdl()).isFalse();
  }

  @Test
  void theOldConstructorGivesAnEmptySection() {
    MetadataPackage p = new MetadataPackage("std", "1.0.0", null, null, List.of(), List.of());
    assertThat(p.security()).isEqualTo(SecurityDef.NONE);
    assertThat(p.withEntities(List.of()).security()).isEqualTo(SecurityDef.NONE);
  }
}
