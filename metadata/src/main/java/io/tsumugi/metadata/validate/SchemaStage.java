package io.tsumugi.metadata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage one of validation: the bundled JSON Schemas (draft 2020-12), checked with networknt
 * json-schema-validator. Schema ids ({@code https://tsumugi.io/schema/metadata/...}) resolve to the
 * copies bundled in the jar and nothing is ever fetched from the network: remote fetching is off,
 * and {@code $ref} inside instance documents is plain data, never resolved.
 */
public final class SchemaStage {

  /** The id prefix of every Tsumugi schema. */
  public static final String ID_PREFIX = "https://tsumugi.io/schema/metadata/";

  /** The document kinds, each with its schema file {@code <kind>-1.0.schema.json}. */
  public static final List<String> KINDS =
      List.of(
          "common",
          "package",
          "entity",
          "field",
          "validation-rule",
          "layout",
          "list-view",
          "picklist",
          "security");

  private static final String RESOURCE_DIR = "/io/tsumugi/metadata/schema/";

  private static final SchemaStage INSTANCE = new SchemaStage();

  private final Map<String, Schema> schemas = new HashMap<>();

  private SchemaStage() {
    Map<String, String> texts = new HashMap<>();
    for (String kind : KINDS) {
      texts.put(ID_PREFIX + kind + "/1.0", resource(kind + "-1.0.schema.json"));
    }
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .locale(Locale.ENGLISH)
            .formatAssertionsEnabled(true)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemaRegistryConfig(config)
                    .schemas(texts)
                    .schemaLoader(l -> l.fetchRemoteResources(false)));
    for (String kind : KINDS) {
      Schema schema = registry.getSchema(SchemaLocation.of(ID_PREFIX + kind + "/1.0"));
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
  }

  /** The shared instance (schemas are parsed once). */
  public static SchemaStage get() {
    return INSTANCE;
  }

  /** The text of a bundled schema file, e.g. {@code entity-1.0.schema.json}. */
  public static String resource(String file) {
    try (InputStream in = SchemaStage.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("schema not bundled: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Raw networknt errors for a document of the given kind. */
  public List<Error> rawErrors(String kind, JsonNode document) {
    Schema schema = schemas.get(kind);
    if (schema == null) {
      throw new IllegalArgumentException("unknown document kind " + kind);
    }
    return schema.validate(document);
  }

  /**
   * Validates a document of the given kind and maps every error to a {@link MetadataProblem}.
   *
   * @param kind {@code package}, {@code entity} or {@code picklist}
   * @param document the document
   * @param basePath the JSON Pointer of the document inside the package (empty for the root)
   */
  public List<MetadataProblem> validate(String kind, JsonNode document, String basePath) {
    List<MetadataProblem> out = new ArrayList<>();
    SchemaErrorMessages messages = new SchemaErrorMessages(document, basePath);
    for (Error e : rawErrors(kind, document)) {
      MetadataProblem p = messages.toProblem(e);
      if (p != null && !out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }
}
