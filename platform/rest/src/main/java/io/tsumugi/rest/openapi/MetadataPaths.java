package io.tsumugi.rest.openapi;

import static io.tsumugi.rest.openapi.Operations.okInline;
import static io.tsumugi.rest.openapi.Operations.operation;
import static io.tsumugi.rest.openapi.Operations.param;
import static io.tsumugi.rest.openapi.Operations.problems;
import static io.tsumugi.rest.openapi.Operations.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.rest.support.Json;

/**
 * The metadata paths: export, validate, plan, apply, versions, diff, archive and purge; and the
 * security audit log.
 */
final class MetadataPaths {

  private MetadataPaths() {}

  static void addTo(ObjectNode paths) {
    ObjectNode any = Json.object().put("type", "object");
    ObjectNode export =
        operation(
            "exportMetadata",
            "The active metadata as one package document; for a non-administrator only the"
                + " entities and fields they may read, without the security section",
            "Metadata");
    okInline(export, 200, "the package; ETag is the version", any);
    paths.putObject("/v1/metadata/package").set("get", problems(export, 401, 429));

    ObjectNode validate = operation("validateMetadata", "Validate a package document", "Metadata");
    Operations.inlineBody(validate, any);
    okInline(validate, 200, "valid, and the problems found", any);
    paths
        .putObject("/v1/metadata/validate")
        .set("post", problems(validate, 400, 401, 403, 413, 415, 429));

    ObjectNode plan =
        operation("planMetadata", "Plan a package against the active version", "Metadata");
    Operations.inlineBody(plan, any);
    okInline(plan, 200, "the changes, data impact counts and baseVersion", any);
    paths
        .putObject("/v1/metadata/plan")
        .set("post", problems(plan, 400, 401, 403, 413, 415, 422, 429));

    ObjectNode apply =
        operation("applyMetadata", "Apply a package planned on baseVersion", "Metadata");
    param(apply, "baseVersion", "query", true, type("integer"), "the baseVersion of the plan");
    param(apply, "confirmDestructive", "query", false, type("boolean"), null);
    param(apply, "force", "query", false, type("boolean"), null);
    Operations.inlineBody(apply, any);
    okInline(apply, 200, "the new active version", any);
    paths
        .putObject("/v1/metadata/apply")
        .set("post", problems(apply, 400, 401, 403, 409, 413, 415, 422, 429));

    ObjectNode versions =
        operation("listMetadataVersions", "Every metadata version, newest first", "Metadata");
    okInline(versions, 200, "versions", any);
    paths.putObject("/v1/metadata/versions").set("get", problems(versions, 401, 403, 429));

    ObjectNode version = operation("getMetadataVersion", "The package of one version", "Metadata");
    param(version, "version", "path", true, type("integer"), null);
    okInline(version, 200, "the package", any);
    paths
        .putObject("/v1/metadata/versions/{version}")
        .set("get", problems(version, 401, 403, 404, 429));

    ObjectNode diff =
        operation("diffMetadataVersions", "The plan from one version to another", "Metadata");
    param(diff, "from", "query", true, type("integer"), null);
    param(diff, "to", "query", true, type("integer"), null);
    okInline(diff, 200, "the changes", any);
    paths.putObject("/v1/metadata/diff").set("get", problems(diff, 400, 401, 403, 404, 429));
    addArchiveTo(paths, any);
  }

  private static void addArchiveTo(ObjectNode paths, ObjectNode any) {
    ObjectNode list =
        operation(
            "listMetadataArchive",
            "Archived columns and tables (deleted fields and entities, replaced columns)",
            "Metadata");
    okInline(
        list, 200, "items: id, kind (column or table), version, entity, field, table, column", any);
    ObjectNode purgeAll =
        operation("purgeMetadataArchive", "Drop every archived column and table", "Metadata");
    param(purgeAll, "confirm", "query", true, type("string"), "must be \"all\"");
    okInline(purgeAll, 200, "purged: the items dropped", any);
    ObjectNode archive = paths.putObject("/v1/metadata/archive");
    archive.set("get", problems(list, 401, 403, 429));
    archive.set("delete", problems(purgeAll, 400, 401, 403, 422, 429));

    ObjectNode purge =
        operation("purgeMetadataArchiveItem", "Drop one archived column or table", "Metadata");
    param(purge, "id", "path", true, type("integer"), "the id from the archive list");
    Operations.ok(purge, 204, "purged", null);
    paths
        .putObject("/v1/metadata/archive/{id}")
        .set("delete", problems(purge, 401, 403, 404, 422, 429));

    addAudit(paths, any);
  }

  /** The security audit log (administrators): logins, users, permissions, metadata, exports. */
  private static void addAudit(ObjectNode paths, ObjectNode any) {
    ObjectNode audit =
        operation("listAuditEntries", "The security audit log, newest first", "Audit");
    param(
        audit,
        "kind",
        "query",
        false,
        type("string"),
        "login, user, department, permission, metadata or export");
    param(audit, "user", "query", false, type("string"), "only this login id");
    param(audit, "from", "query", false, type("string"), "ISO 8601 instant, inclusive");
    param(audit, "to", "query", false, type("string"), "ISO 8601 instant, exclusive");
    param(audit, "pageSize", "query", false, type("integer"), "1 to 200, default 50");
    param(audit, "cursor", "query", false, type("string"), "the previous page's nextCursor");
    okInline(audit, 200, "items: at, kind, loginId, action, detail; nextCursor", any);
    paths.putObject("/v1/audit").set("get", problems(audit, 400, 401, 403, 429));
  }
}
