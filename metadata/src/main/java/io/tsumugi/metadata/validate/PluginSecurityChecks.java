package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;

/**
 * A plugin package's security section speaks only of its own namespace: its permission sets and
 * sharing rules are named {@code <namespace>_…} (that prefix is how an upgrade finds and replaces
 * them) and every entity it names is one of its own, so a plugin cannot widen or narrow access to
 * the standard entities or another plugin's; {@code "*"} (every entity) is refused for the same
 * reason.
 */
final class PluginSecurityChecks {

  private static final String PATH = "/security";

  private PluginSecurityChecks() {}

  static void check(Context c, SecurityDef s) {
    String ns = c.pkg.namespace();
    if (ns == null || MetadataPackage.STANDARD_NAMESPACE.equals(ns)) {
      return;
    }
    s.visibility().keySet().forEach(e -> entity(c, ns, PATH + "/visibility/" + e, e));
    for (int i = 0; i < s.permissionSets().size(); i++) {
      PermissionSet p = s.permissionSets().get(i);
      String path = PATH + "/permissionSets/" + i;
      name(c, ns, path + "/name", p.name());
      p.entities().keySet().forEach(e -> entity(c, ns, path + "/entities/" + e, e));
      p.fields().keySet().forEach(e -> entity(c, ns, path + "/fields/" + e, e));
    }
    for (int i = 0; i < s.sharingRules().size(); i++) {
      SharingRule r = s.sharingRules().get(i);
      String path = PATH + "/sharingRules/" + i;
      name(c, ns, path + "/name", r.name());
      entity(c, ns, path + "/entity", r.entity());
    }
  }

  private static void name(Context c, String ns, String path, String name) {
    if (name != null && !name.startsWith(ns + "_")) {
      c.error(
          path,
          "name.namespacePrefix",
          "名前空間「" + ns + "」のパッケージでは、権限セットと共有ルールの名前を「" + ns + "_」で始めてください（「" + name + "」）。",
          "in a package with namespace \""
              + ns
              + "\" permission set and sharing rule names must start with \""
              + ns
              + "_\" (\""
              + name
              + "\").");
    }
  }

  private static void entity(Context c, String ns, String path, String entity) {
    if (entity != null && !entity.startsWith(ns + "_")) {
      c.error(
          path,
          "security.outsideNamespace",
          "名前空間「"
              + ns
              + "」のパッケージのセキュリティ設定は、自身のエンティティ（「"
              + ns
              + "_」で始まるもの）だけを対象にできます（「"
              + entity
              + "」）。",
          "the security section of a package with namespace \""
              + ns
              + "\" may only name its own entities (starting with \""
              + ns
              + "_\"), not \""
              + entity
              + "\".");
    }
  }
}
