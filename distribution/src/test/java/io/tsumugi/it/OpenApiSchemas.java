package io.tsumugi.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;

/** Validates JSON against a component schema of the server's OpenAPI 3.1 document. */
final class OpenApiSchemas {

  private static final String DOC = "https://tsumugi.invalid/openapi.json";

  private final SchemaRegistry registry;

  OpenApiSchemas(String openApiJson) {
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b ->
                b.schemas(Map.of(DOC, openApiJson))
                    .schemaLoader(l -> l.fetchRemoteResources(false)));
  }

  /** The errors of {@code value} against {@code #/components/schemas/<name>}; empty when valid. */
  List<Error> errors(String name, JsonNode value) {
    Schema schema = registry.getSchema(SchemaLocation.of(DOC + "#/components/schemas/" + name));
    return schema.validate(value);
  }
}
