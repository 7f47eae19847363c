package io.tsumugi.rest.openapi;

import static io.tsumugi.rest.openapi.Operations.ok;
import static io.tsumugi.rest.openapi.Operations.okInline;
import static io.tsumugi.rest.openapi.Operations.operation;
import static io.tsumugi.rest.openapi.Operations.param;
import static io.tsumugi.rest.openapi.Operations.problems;
import static io.tsumugi.rest.openapi.Operations.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.api.PlatformVersion;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.rest.support.Json;
import java.util.Comparator;

/**
 * Builds the OpenAPI 3.1 document of the record API from a metadata package: a schema per entity
 * (types, picklist enums, required fields, read-only fields) and typed paths per entity, plus the
 * shared parts (problems, queries, tokens, metadata, phone look-up). A pure function: the same
 * package and version give the same document.
 */
public final class OpenApiGenerator {

  private OpenApiGenerator() {}

  /** The document for {@code pkg}, active as metadata version {@code metadataVersion}. */
  public static ObjectNode generate(MetadataPackage pkg, int metadataVersion) {
    ObjectNode doc = Json.object();
    doc.put("openapi", "3.1.0");
    doc.put("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Tsumugi CRM API");
    info.put("version", PlatformVersion.current() + "+metadata." + metadataVersion);
    info.put(
        "description",
        "Records of the CRM's entities, generated from metadata version "
            + metadataVersion
            + ". Errors are RFC 9457 problem documents in the language of Accept-Language."
            + (pkg.entities().isEmpty()
                ? " Fetched without credentials, this document lists no entity: send your API"
                    + " token (Authorization: Bearer) to get the entities and fields you may read."
                : " It lists the entities and fields its reader may read."));
    doc.putArray("servers").addObject().put("url", "/api");
    doc.putArray("security").addObject().putArray("bearer");
    ObjectNode components = doc.putObject("components");
    CommonComponents.addTo(components);
    ObjectNode schemas = components.with("schemas");
    ObjectNode paths = doc.putObject("paths");
    pkg.entities().stream()
        .sorted(Comparator.comparing(EntityDef::name))
        .forEach(
            entity -> {
              EntitySchemas.addTo(schemas, pkg, entity);
              RecordPaths.addTo(paths, pkg, entity);
              doc.withArray("tags")
                  .addObject()
                  .put("name", EntitySchemas.typeName(entity))
                  .put("description", describe(entity));
            });
    addSharedPaths(paths);
    return doc;
  }

  private static String describe(EntityDef entity) {
    String en = entity.pluralLabel() == null ? null : entity.pluralLabel().en();
    String ja = entity.pluralLabel() == null ? null : entity.pluralLabel().ja();
    return (en == null ? entity.name() : en) + (ja == null ? "" : " / " + ja);
  }

  private static void addSharedPaths(ObjectNode paths) {
    ObjectNode phone =
        operation(
            "phoneLookup",
            "Records of every entity with phone fields (contacts, leads, accounts) with this number",
            "Telephony");
    param(
        phone,
        "number",
        "query",
        true,
        type("string"),
        "any format: 03-1234-5678, +81 3 1234 5678, full-width");
    ok(phone, 200, "the records with this number (20 per entity at most)", "PhoneMatches");
    paths.putObject("/v1/phone-lookup").set("get", problems(phone, 400, 401, 429));

    ObjectNode tokens = Json.object().put("type", "object");
    ObjectNode createToken = operation("createToken", "Create an API token (shown once)", "Tokens");
    ObjectNode body = Json.object().put("type", "object");
    body.putObject("properties").set("name", type("string"));
    ((ObjectNode) body.get("properties"))
        .putObject("scope")
        .putArray("enum")
        .add("read")
        .add("read-write");
    body.putArray("required").add("name");
    Operations.inlineBody(createToken, body);
    okInline(createToken, 201, "the token; its secret is in token", tokens);
    createToken.putArray("security").addObject().putArray("basic");
    ObjectNode listTokens = operation("listTokens", "The caller's tokens", "Tokens");
    okInline(listTokens, 200, "tokens, without secrets", tokens);
    ObjectNode tokenPath = paths.putObject("/v1/tokens");
    tokenPath.set("post", problems(createToken, 400, 401, 409, 422, 429));
    tokenPath.set("get", problems(listTokens, 401, 429));
    ObjectNode revoke = operation("revokeToken", "Revoke one of the caller's tokens", "Tokens");
    param(revoke, "id", "path", true, type("integer"), null);
    ((ObjectNode) revoke.get("responses")).putObject("204").put("description", "revoked");
    paths.putObject("/v1/tokens/{id}").set("delete", problems(revoke, 401, 404, 429));

    MetadataPaths.addTo(paths);
    PluginPaths.addTo(paths);
    AccessPaths.addTo(paths);
  }
}
