package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.model.Visibility;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Semantic checks of the security section: every entity and field it names exists (in the package
 * or the active ones), private and department visibility only on owned entities, unique permission
 * set and sharing rule names, sharing filters on the entity's own fields. Roles and departments are
 * data and are not checked here: a name that matches no role or department grants nothing. A plugin
 * package's section is also held to its namespace ({@link PluginSecurityChecks}).
 */
final class SecurityChecks {

  private static final String PATH = "/security";

  private SecurityChecks() {}

  static void check(Context c, SecurityDef s) {
    PluginSecurityChecks.check(c, s);
    visibility(c, s);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < s.permissionSets().size(); i++) {
      permissionSet(c, s.permissionSets().get(i), PATH + "/permissionSets/" + i, names);
    }
    names.clear();
    for (int i = 0; i < s.sharingRules().size(); i++) {
      sharingRule(c, s.sharingRules().get(i), PATH + "/sharingRules/" + i, names);
    }
  }

  private static void visibility(Context c, SecurityDef s) {
    for (Map.Entry<String, Visibility> v : s.visibility().entrySet()) {
      String path = PATH + "/visibility/" + v.getKey();
      Optional<EntityDef> e = c.entity(v.getKey());
      if (e.isEmpty()) {
        unknownEntity(c, path, v.getKey());
      } else if (v.getValue().needsOwner() && !e.get().owned()) {
        c.error(
            path,
            "security.visibilityNeedsOwner",
            "エンティティ「"
                + v.getKey()
                + "」には所有者がない（owned: false）ため、"
                + v.getValue().json()
                + " にはできません。publicRead か publicReadWrite にしてください。",
            "the entity \""
                + v.getKey()
                + "\" has no owner (owned: false), so it cannot be "
                + v.getValue().json()
                + "; use publicRead or publicReadWrite.");
      }
    }
  }

  private static void permissionSet(Context c, PermissionSet p, String path, Set<String> names) {
    duplicate(
        c, p.name(), path, names, "security.duplicatePermissionSet", "権限セット", "permission set");
    for (String entity : p.entities().keySet()) {
      if (!PermissionSet.EVERY_ENTITY.equals(entity) && c.entity(entity).isEmpty()) {
        unknownEntity(c, path + "/entities/" + entity, entity);
      }
    }
    for (Map.Entry<String, Map<String, FieldAccess>> byEntity : p.fields().entrySet()) {
      String ep = path + "/fields/" + byEntity.getKey();
      Optional<EntityDef> e = c.entity(byEntity.getKey());
      if (e.isEmpty()) {
        unknownEntity(c, ep, byEntity.getKey());
        continue;
      }
      for (String field : byEntity.getValue().keySet()) {
        if (e.get().field(field).isEmpty()) {
          EntityChecks.unknownField(c, ep + "/" + field, "security.unknownField", e.get(), field);
        }
      }
    }
  }

  private static void sharingRule(Context c, SharingRule r, String path, Set<String> names) {
    duplicate(c, r.name(), path, names, "security.duplicateSharingRule", "共有ルール", "sharing rule");
    Optional<EntityDef> e = c.entity(r.entity());
    if (r.entity() != null && e.isEmpty()) {
      unknownEntity(c, path + "/entity", r.entity());
      return;
    }
    if (e.isEmpty()) {
      return;
    }
    if (!e.get().owned()) {
      c.error(
          path + "/entity",
          "security.sharingNeedsOwner",
          "エンティティ「" + r.entity() + "」には所有者がないため、共有ルールは意味を持ちません。",
          "the entity \"" + r.entity() + "\" has no owner, so a sharing rule has no meaning.");
    }
    EntityChecks.filters(c, e.get(), r.filters(), path, "sharingRule");
    for (int i = 0; i < r.filters().size(); i++) {
      String field = r.filters().get(i).field();
      if (field != null && e.get().field(field).filter(f -> !f.isStored()).isPresent()) {
        c.error(
            path + "/filters/" + i + "/field",
            "sharingRule.notStored",
            "項目「" + field + "」は計算項目のため、共有ルールの条件に使えません。",
            "the field \"" + field + "\" is computed, so a sharing rule cannot filter on it.");
      }
    }
  }

  private static void duplicate(
      Context c, String name, String path, Set<String> names, String code, String ja, String en) {
    if (name != null && !names.add(name)) {
      c.error(
          path + "/name",
          code,
          ja + "「" + name + "」が重複しています。",
          "the " + en + " \"" + name + "\" is defined twice.");
    }
  }

  private static void unknownEntity(Context c, String path, String entity) {
    c.error(
        path,
        "security.unknownEntity",
        "エンティティ「" + entity + "」はありません。",
        "there is no entity \"" + entity + "\".");
  }
}
