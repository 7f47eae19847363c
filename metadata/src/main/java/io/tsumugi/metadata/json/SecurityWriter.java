package io.tsumugi.metadata.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;

/** Writes a package's {@code security} section; {@link SecurityReader} reads it back equal. */
final class SecurityWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SecurityWriter() {}

  static ObjectNode security(SecurityDef s) {
    ObjectNode n = NODES.objectNode();
    if (!s.visibility().isEmpty()) {
      ObjectNode v = n.putObject("visibility");
      s.visibility().forEach((entity, vis) -> v.put(entity, vis.json()));
    }
    if (!s.permissionSets().isEmpty()) {
      var sets = n.putArray("permissionSets");
      s.permissionSets().forEach(p -> sets.add(permissionSet(p)));
    }
    if (!s.sharingRules().isEmpty()) {
      var rules = n.putArray("sharingRules");
      s.sharingRules().forEach(r -> rules.add(sharingRule(r)));
    }
    return n;
  }

  static ObjectNode permissionSet(PermissionSet p) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "name", p.name());
    JsonOut.putLocalized(n, "label", p.label());
    if (!p.roles().isEmpty()) {
      JsonOut.strings(n, "roles", p.roles());
    }
    if (!p.entities().isEmpty()) {
      ObjectNode es = n.putObject("entities");
      p.entities().forEach((entity, perm) -> es.set(entity, entityPermission(perm)));
    }
    if (!p.fields().isEmpty()) {
      ObjectNode fs = n.putObject("fields");
      p.fields()
          .forEach(
              (entity, byField) -> {
                ObjectNode o = fs.putObject(entity);
                byField.forEach((field, access) -> o.put(field, access.json()));
              });
    }
    return n;
  }

  static ObjectNode entityPermission(EntityPermission p) {
    ObjectNode n = NODES.objectNode();
    JsonOut.flag(n, "create", p.create());
    JsonOut.flag(n, "read", p.read());
    JsonOut.flag(n, "update", p.update());
    JsonOut.flag(n, "delete", p.delete());
    JsonOut.flag(n, "import", p.importRecords());
    JsonOut.flag(n, "export", p.export());
    JsonOut.flag(n, "viewAll", p.viewAll());
    JsonOut.flag(n, "modifyAll", p.modifyAll());
    return n;
  }

  static ObjectNode sharingRule(SharingRule r) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "name", r.name());
    JsonOut.putLocalized(n, "label", r.label());
    JsonOut.putText(n, "entity", r.entity());
    if (!r.filters().isEmpty()) {
      PackageWriter.filters(n.putArray("filters"), r.filters());
    }
    ObjectNode with = n.putObject("shareWith");
    JsonOut.putText(with, "department", r.department());
    JsonOut.flag(with, "includeSubDepartments", r.includeSubDepartments());
    JsonOut.putText(with, "role", r.role());
    n.put("access", r.readWrite() ? "readWrite" : "read");
    return n;
  }
}
