package io.tsumugi.metadata.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.json.JsonDocuments;
import io.tsumugi.metadata.plan.ChangeKind;
import io.tsumugi.metadata.plan.DataCheck;
import io.tsumugi.metadata.standard.StandardPackage;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.SchemaStage;
import io.tsumugi.metadata.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/metadata.md from drifting away from the schemas, the planner and the validator. */
class MetadataReferenceDocTest {

  static final Path DOC = Path.of("../docs/metadata.md");
  static final Pattern BLOCK =
      Pattern.compile("```json (tsumugi-[a-z]+)\\n(.*?)\\n```", Pattern.DOTALL);

  static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  static JsonNode schema(String kind) {
    return JsonDocuments.read(SchemaStage.resource(kind + "-1.0.schema.json"), "", kind).node();
  }

  @Test
  void everyFieldTypeAndEveryOptionOfTheSchemaIsDocumented() throws IOException {
    String doc = doc();
    JsonNode field = schema("field");
    Set<String> words = new LinkedHashSet<>();
    field.at("/properties/type/enum").forEach(t -> words.add(t.asText()));
    field.get("properties").fieldNames().forEachRemaining(words::add);
    for (Iterator<JsonNode> it = field.get("$defs").elements(); it.hasNext(); ) {
      it.next().get("properties").fieldNames().forEachRemaining(words::add);
    }
    field
        .at("/$defs/formulaOptions/properties/resultType/enum")
        .forEach(t -> words.add(t.asText()));
    field.at("/$defs/rollupOptions/properties/function/enum").forEach(t -> words.add(t.asText()));
    field.at("/$defs/lookupOptions/properties/onDelete/enum").forEach(t -> words.add(t.asText()));
    assertThat(words).isNotEmpty().allSatisfy(w -> assertThat(doc).contains("`" + w + "`"));
  }

  @Test
  void everyPropertyOfEveryDocumentIsDocumented() throws IOException {
    String doc = doc();
    List<String> missing = new ArrayList<>();
    for (String kind : List.of("package", "entity", "validation-rule", "list-view", "picklist")) {
      schema(kind)
          .get("properties")
          .fieldNames()
          .forEachRemaining(
              p -> {
                if (!doc.contains("`" + p + "`")) {
                  missing.add(kind + "." + p);
                }
              });
    }
    JsonNode layout = schema("layout");
    for (String def : List.of("section", "relatedList")) {
      layout
          .at("/$defs/" + def + "/properties")
          .fieldNames()
          .forEachRemaining(
              p -> {
                if (!doc.contains("`" + p + "`")) {
                  missing.add("layout." + def + "." + p);
                }
              });
    }
    schema("list-view")
        .at("/properties/filters/items/properties/operator/enum")
        .forEach(
            o -> {
              if (!doc.contains(o.asText())) {
                missing.add("operator " + o.asText());
              }
            });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyChangeKindAndDataCheckIsDocumented() throws IOException {
    String doc = doc();
    for (ChangeKind k : ChangeKind.values()) {
      assertThat(doc).contains("`" + k.name() + "`");
    }
    for (Class<?> c : DataCheck.class.getPermittedSubclasses()) {
      assertThat(doc).contains(c.getSimpleName() + "(");
    }
  }

  @Test
  void everyProblemCodeOfTheInvalidCorpusIsDocumented() throws IOException {
    String doc = doc();
    Set<String> codes = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/invalid"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
        Files.readAllLines(p).forEach(l -> codes.add(l.split("\t")[1]));
      }
    }
    assertThat(codes)
        .hasSizeGreaterThan(30)
        .allSatisfy(c -> assertThat(doc).contains("`" + c + "`"));
  }

  @Test
  void everyFullPackageExampleValidates() throws IOException {
    List<String> packages = blocks("tsumugi-package");
    assertThat(packages).isNotEmpty();
    MetadataValidator validator = new MetadataValidator(List.of(StandardPackage.load()));
    for (String json : packages) {
      ValidationReport r = validator.validate(json);
      assertThat(r.problems()).as(r.toString()).isEmpty();
    }
  }

  @Test
  void everyFieldExampleValidatesInsideAnEntity() throws IOException {
    List<String> fields = blocks("tsumugi-field");
    assertThat(fields).hasSizeGreaterThanOrEqualTo(18);
    ObjectNode pkg =
        (ObjectNode)
            JsonDocuments.read(
                    """
        {"$schema":"https://tsumugi.io/schema/metadata/package/1.0","namespace":"example","version":"1.0.0",
         "entities":[{"id":"x","name":"example_thing","label":{"ja":"例","en":"Example"},
           "pluralLabel":{"ja":"例","en":"Examples"},"nameField":"title",
           "fields":[{"id":"t","name":"title","label":{"ja":"件名","en":"Title"},"type":"text"}]}]}
        """,
                    "",
                    null)
                .node();
    ArrayNode target = (ArrayNode) pkg.at("/entities/0/fields");
    for (String json : fields) {
      target.add(JsonDocuments.read(json, "", null).node());
    }
    ValidationReport r = new MetadataValidator(List.of(StandardPackage.load())).validate(pkg);
    assertThat(r.problems()).as(r.toString()).isEmpty();
  }

  static List<String> blocks(String kind) throws IOException {
    List<String> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(doc());
    while (m.find()) {
      if (m.group(1).equals(kind)) {
        out.add(m.group(2));
      }
    }
    return out;
  }
}
