package io.tsumugi.metadata.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a package's {@code security} section, as tolerantly as {@link PackageReader}: values the
 * schema refuses are left out (the schema stage reports them).
 */
final class SecurityReader {

  private SecurityReader() {}

  static SecurityDef read(JsonNode n) {
    if (n == null || !n.isObject()) {
      return SecurityDef.NONE;
    }
    Map<String, Visibility> visibility = new LinkedHashMap<>();
    JsonNode v = n.get("visibility");
    if (v != null && v.isObject()) {
      v.fields()
          .forEachRemaining(
              e ->
                  Visibility.fromJson(e.getValue().asText())
                      .ifPresent(x -> visibility.put(e.getKey(), x)));
    }
    return new SecurityDef(
        visibility,
        PackageReader.list(n.get("permissionSets"), SecurityReader::permissionSet),
        PackageReader.list(n.get("sharingRules"), SecurityReader::sharingRule));
  }

  static PermissionSet permissionSet(JsonNode n) {
    Map<String, EntityPermission> entities = new LinkedHashMap<>();
    JsonNode es = n.get("entities");
    if (es != null && es.isObject()) {
      es.fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isObject()) {
                  entities.put(e.getKey(), entityPermission(e.getValue()));
                }
              });
    }
    Map<String, Map<String, FieldAccess>> fields = new LinkedHashMap<>();
    JsonNode fs = n.get("fields");
    if (fs != null && fs.isObject()) {
      fs.fields()
          .forEachRemaining(
              e -> {
                Map<String, FieldAccess> byField = new LinkedHashMap<>();
                if (e.getValue().isObject()) {
                  e.getValue()
                      .fields()
                      .forEachRemaining(
                          f ->
                              FieldAccess.fromJson(f.getValue().asText())
                                  .ifPresent(a -> byField.put(f.getKey(), a)));
                }
                fields.put(e.getKey(), byField);
              });
    }
    return new PermissionSet(
        PackageReader.text(n, "name"),
        PackageReader.localized(n.get("label")),
        PackageReader.strings(n.get("roles")),
        entities,
        fields);
  }

  static EntityPermission entityPermission(JsonNode n) {
    return new EntityPermission(
        PackageReader.bool(n, "create", false),
        PackageReader.bool(n, "read", false),
        PackageReader.bool(n, "update", false),
        PackageReader.bool(n, "delete", false),
        PackageReader.bool(n, "import", false),
        PackageReader.bool(n, "export", false),
        PackageReader.bool(n, "viewAll", false),
        PackageReader.bool(n, "modifyAll", false));
  }

  static SharingRule sharingRule(JsonNode n) {
    JsonNode with = n.get("shareWith");
    boolean hasWith = with != null && with.isObject();
    return new SharingRule(
        PackageReader.text(n, "name"),
        PackageReader.localized(n.get("label")),
        PackageReader.text(n, "entity"),
        PackageReader.list(n.get("filters"), PackageReader::readFilter),
        hasWith ? PackageReader.text(with, "department") : null,
        hasWith && PackageReader.bool(with, "includeSubDepartments", false),
        hasWith ? PackageReader.text(with, "role") : null,
        "readWrite".equals(PackageReader.text(n, "access")));
  }
}
