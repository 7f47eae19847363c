package io.tsumugi.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiGeneratorTest {

  private final MetadataPackage standard = StandardPackage.load();
  private final ObjectNode doc = OpenApiGenerator.generate(standard, 2);

  @Test
  void declaresOpenApi31AndTheMetadataVersion() {
    assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.path("info").path("version").asText()).endsWith("+metadata.2");
    assertThat(doc.path("components").path("securitySchemes").has("bearer")).isTrue();
  }

  @Test
  void pluginRoutesAreDocumentedWithTheirUploadBodies() {
    JsonNode paths = doc.path("paths");
    assertThat(paths.path("/v1/plugins").has("get")).isTrue();
    assertThat(
            paths
                .path("/v1/plugins")
                .path("post")
                .path("requestBody")
                .path("content")
                .has("application/octet-stream"))
        .isTrue();
    assertThat(paths.path("/v1/plugins/{id}/upgrade").has("post")).isTrue();
    assertThat(paths.path("/v1/plugins/{id}/enable").has("post")).isTrue();
    assertThat(paths.path("/v1/plugins/{id}/disable").has("post")).isTrue();
    assertThat(paths.path("/v1/plugins/{id}").path("delete").path("parameters").toString())
        .contains("purge");
  }

  @Test
  void everyEntityHasItsSchemasAndTypedPaths() {
    for (EntityDef entity : standard.entities()) {
      String type = EntitySchemas.typeName(entity);
      JsonNode schemas = doc.path("components").path("schemas");
      assertThat(schemas.has(type)).as(type).isTrue();
      assertThat(schemas.has(type + "Create")).as(type).isTrue();
      assertThat(schemas.has(type + "Patch")).as(type).isTrue();
      JsonNode paths = doc.path("paths");
      assertThat(paths.path("/v1/records/" + entity.name()).has("post")).isTrue();
      assertThat(paths.path("/v1/records/" + entity.name() + "/{id}").has("patch")).isTrue();
      JsonNode props = schemas.path(type).path("properties");
      for (FieldDef field : entity.fields()) {
        assertThat(props.has(field.name())).as(entity.name() + "." + field.name()).isTrue();
      }
    }
  }

  @Test
  void relatedPathsExistExactlyForEntitiesWithALookupToTheParent() {
    JsonNode paths = doc.path("paths");
    JsonNode contacts = paths.path("/v1/records/account/{id}/related/contact").path("get");
    assertThat(contacts.path("responses").path("200").toString()).contains("ContactPage");
    assertThat(contacts.path("parameters").toString()).contains("\"enum\":[\"account\"]");
    assertThat(paths.has("/v1/records/account/{id}/related/product")).isFalse();
    assertThat(paths.has("/v1/records/{entity}/{id}/related/{relatedEntity}")).isFalse();
  }

  @Test
  void upsertPathsExistOnlyForUniqueFields() {
    JsonNode paths = doc.path("paths");
    assertThat(paths.path("/v1/records/product/by/product_code/{value}").has("put")).isTrue();
    paths
        .fieldNames()
        .forEachRemaining(
            path -> {
              if (path.contains("/by/")) {
                assertThat(path).isEqualTo("/v1/records/product/by/product_code/{value}");
              }
            });
  }

  @Test
  void createSchemaRequiresTheRequiredFieldsWithoutDefault() {
    EntityDef entity = standard.entities().get(0);
    List<String> expected =
        entity.fields().stream()
            .filter(f -> f.required() && f.defaultValue() == null && EntitySchemas.writable(f))
            .map(FieldDef::name)
            .toList();
    JsonNode create =
        doc.path("components").path("schemas").path(EntitySchemas.typeName(entity) + "Create");
    List<String> required = new ArrayList<>();
    create.path("required").forEach(n -> required.add(n.asText()));
    assertThat(required).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(create.path("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void restrictedPicklistsBecomeEnumsOfTheirValues() {
    boolean seen = false;
    for (EntityDef entity : standard.entities()) {
      for (FieldDef field : entity.fields()) {
        if (field.type() == FieldType.PICKLIST && field.options().effectiveRestricted()) {
          JsonNode schema =
              doc.path("components")
                  .path("schemas")
                  .path(EntitySchemas.typeName(entity))
                  .path("properties")
                  .path(field.name());
          List<String> values = new ArrayList<>();
          schema.path("enum").forEach(v -> values.add(v.isNull() ? null : v.asText()));
          assertThat(values)
              .as(entity.name() + "." + field.name())
              .containsAll(standard.picklistValues(field).stream().map(v -> v.value()).toList());
          seen = true;
        }
      }
    }
    assertThat(seen).as("the standard package has restricted picklists").isTrue();
  }

  @Test
  void everyReferenceResolvesInsideTheDocument() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void operationIdsAreUnique() {
    List<String> ids = new ArrayList<>();
    doc.path("paths")
        .forEach(
            path ->
                path.forEach(
                    op -> {
                      if (op.has("operationId")) {
                        ids.add(op.get("operationId").asText());
                      }
                    }));
    assertThat(ids).doesNotHaveDuplicates().contains("createAccount", "getContact");
  }

  @Test
  void emptyMetadataStillDescribesTheSharedPaths() {
    ObjectNode empty = OpenApiGenerator.generate(MetadataPackage.empty("std"), 1);
    assertThat(empty.path("paths").has("/v1/metadata/apply")).isTrue();
    assertThat(empty.path("paths").path("/v1/metadata/archive").has("get")).isTrue();
    assertThat(
            empty
                .path("paths")
                .path("/v1/metadata/archive/{id}")
                .path("delete")
                .path("responses")
                .has("204"))
        .isTrue();
    assertThat(empty.path("paths").has("/v1/tokens")).isTrue();
    JsonNode audit = empty.path("paths").path("/v1/audit").path("get");
    assertThat(audit.path("operationId").asText()).isEqualTo("listAuditEntries");
    assertThat(audit.path("responses").has("403")).isTrue();
    assertThat(audit.path("parameters").findValuesAsText("name"))
        .containsExactly("kind", "user", "from", "to", "pageSize", "cursor");
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
