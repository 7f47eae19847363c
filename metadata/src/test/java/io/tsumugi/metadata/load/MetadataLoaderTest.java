package io.tsumugi.metadata.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataLoaderTest {

  @TempDir Path dir;

  private static final String MANIFEST =
      """
      {"$schema":"https://tsumugi.io/schema/metadata/package/1.0","schemaVersion":"1.0",
       "namespace":"realestate","version":"0.1.0"%s}
      """;

  private static final String PROPERTY =
      """
      {"$schema":"https://tsumugi.io/schema/metadata/entity/1.0","schemaVersion":"1.0",
       "id":"prop","name":"realestate_property","label":{"ja":"物件","en":"Property"},
       "pluralLabel":{"ja":"物件","en":"Properties"},"nameField":"name",
       "fields":[
         {"id":"p1","name":"name","label":{"ja":"物件名","en":"Name"},"type":"text","required":true},
         {"id":"p2","name":"rent","label":{"ja":"家賃","en":"Rent"},"type":"currency"},
         {"id":"p3","name":"floor_plan","label":{"ja":"間取り","en":"Floor plan"},"type":"picklist",
          "options":{"valueSet":"realestate_floor_plan"}},
         {"id":"p4","name":"walk_minutes","label":{"ja":"駅徒歩（分）","en":"Minutes to station"},"type":"integer","options":{"min":0}},
         {"id":"p5","name":"owner_account","label":{"ja":"オーナー","en":"Owner"},"type":"lookup","options":{"target":"account"}}]}
      """;

  private static final String FLOOR_PLAN =
      """
      {"$schema":"https://tsumugi.io/schema/metadata/picklist/1.0","name":"realestate_floor_plan",
       "label":{"ja":"間取り","en":"Floor plan"},
       "values":[{"value":"1r","label":{"ja":"1R","en":"1R"}},{"value":"1ldk","label":{"ja":"1LDK","en":"1LDK"}}]}
      """;

  private void write(String file, String content) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  @Test
  void pluginDirectoryExtendingTheStandardPackageLoadsWhenStandardIsActive() throws IOException {
    write("package.json", MANIFEST.formatted(""));
    write("entities/realestate_property.json", PROPERTY);
    write("picklists/realestate_floor_plan.json", FLOOR_PLAN);
    MetadataLoader loader =
        new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())));
    LoadResult r = loader.loadDirectory(dir);
    assertThat(r.report().problems()).as(r.report().toString()).isEmpty();
    assertThat(r.pkg().entities())
        .extracting(EntityDef::name)
        .containsExactly("realestate_property");
  }

  @Test
  void lookupToAStandardEntityIsMissingWhenStandardIsNotActive() throws IOException {
    write("package.json", MANIFEST.formatted(""));
    write("entities/realestate_property.json", PROPERTY);
    write("picklists/realestate_floor_plan.json", FLOOR_PLAN);
    LoadResult r = new MetadataLoader().loadDirectory(dir);
    assertThat(r.report().problems())
        .extracting(MetadataProblem::path, MetadataProblem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "/entities/0/fields/4/options/target", "lookup.targetMissing"));
  }

  @Test
  void includedFileThatIsMissingIsReportedAtItsIncludeEntry() throws IOException {
    write(
        "package.json",
        MANIFEST.formatted(
            ",\"include\":[\"entities/realestate_property.json\",\"entities/nothing.json\"]"));
    write(
        "entities/realestate_property.json",
        PROPERTY
            .replace(
                "\"options\":{\"valueSet\":\"realestate_floor_plan\"}",
                "\"options\":{\"values\":[{\"value\":\"1r\",\"label\":{\"ja\":\"1R\",\"en\":\"1R\"}}]}")
            .replace(
                ",\"options\":{\"target\":\"account\"}",
                ",\"options\":{\"target\":\"realestate_property\"}"));
    LoadResult r = new MetadataLoader().loadDirectory(dir);
    assertThat(r.report().problems())
        .extracting(MetadataProblem::path, MetadataProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/include/1", "document.missingFile"));
  }

  @Test
  void includeCannotEscapeThePackageDirectory() throws IOException {
    write("package.json", MANIFEST.formatted(",\"include\":[\"../../etc/passwd\"]"));
    LoadResult r = new MetadataLoader().loadDirectory(dir);
    assertThat(r.report().problems())
        .extracting(MetadataProblem::path, MetadataProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/include/0", "include.invalid"));
  }

  @Test
  void entityFileWithoutSchemaIsReported() throws IOException {
    write("package.json", MANIFEST.formatted(""));
    write(
        "entities/realestate_property.json",
        PROPERTY.replace("\"$schema\":\"https://tsumugi.io/schema/metadata/entity/1.0\",", ""));
    write("picklists/realestate_floor_plan.json", FLOOR_PLAN);
    LoadResult r =
        new MetadataLoader(new MetadataValidator(List.of(StandardPackage.load())))
            .loadDirectory(dir);
    assertThat(r.report().problems())
        .extracting(MetadataProblem::code)
        .containsExactly("document.schemaMissing");
  }

  @Test
  void brokenFileInADirectoryIsReportedWithItsName() throws IOException {
    write("package.json", MANIFEST.formatted(""));
    write("entities/realestate_property.json", "{ oops");
    LoadResult r = new MetadataLoader().loadDirectory(dir);
    assertThat(r.report().problems())
        .first()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("document.invalidJson");
              assertThat(p.messageEn()).startsWith("entities/realestate_property.json:");
            });
  }

  @Test
  void standardPackageRoundTripsThroughTheSingleDocumentForm() {
    MetadataPackage std = StandardPackage.load();
    String json = PackageWriter.toJsonString(std);
    LoadResult again = new MetadataLoader().loadJson(json);
    assertThat(again.report().problems()).isEmpty();
    assertThat(again.pkg()).isEqualTo(std);
    assertThat(PackageWriter.toJsonString(again.pkg())).isEqualTo(json);
  }

  @Test
  void validatingAModelBuiltInCodeReportsPathsOfTheSingleDocumentForm() {
    MetadataPackage std = StandardPackage.load();
    EntityDef account = std.entities().get(0);
    MetadataPackage broken = std.withEntities(List.of(account.withName("select")));
    assertThat(new MetadataValidator().validate(broken).problems())
        .extracting(MetadataProblem::path)
        .contains("/entities/0/name");
  }

  @Test
  void upgradingAPackageIgnoresItsOwnActiveVersion() {
    MetadataPackage std = StandardPackage.load();
    MetadataValidator validator = new MetadataValidator(List.of(std));
    assertThat(validator.validate(std).problems()).isEmpty();
  }
}
