package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Package-level name checks: reserved words, the namespace prefix, unique entity names and ids,
 * unique picklist set names, and clashes with already active entities.
 */
final class NameChecks {

  static final Pattern API_NAME = Pattern.compile(SchemaErrorMessages.API_NAME_PATTERN);

  private NameChecks() {}

  static void check(Context c) {
    MetadataPackage p = c.pkg;
    boolean plugin =
        p.namespace() != null && !MetadataPackage.STANDARD_NAMESPACE.equals(p.namespace());
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < p.entities().size(); i++) {
      EntityDef e = p.entities().get(i);
      String path = Context.entityPath(i);
      if (e.name() != null) {
        reserved(c, path + "/name", e.name());
        if (plugin && !e.name().startsWith(p.namespace() + "_")) {
          c.error(
              path + "/name",
              "name.namespacePrefix",
              "名前空間「"
                  + p.namespace()
                  + "」のパッケージでは、エンティティ名を「"
                  + p.namespace()
                  + "_」で始めてください（「"
                  + e.name()
                  + "」）。",
              "in a package with namespace \""
                  + p.namespace()
                  + "\" entity names must start with \""
                  + p.namespace()
                  + "_\" (\""
                  + e.name()
                  + "\").");
        }
        Integer first = names.putIfAbsent(e.name(), i);
        if (first != null) {
          c.error(
              path + "/name",
              "entity.duplicateName",
              "エンティティ名「" + e.name() + "」は " + (first + 1) + " 番目のエンティティと重複しています。",
              "the entity name \""
                  + e.name()
                  + "\" is already used by entity #"
                  + (first + 1)
                  + ".");
        } else if (c.visible.containsKey(e.name()) && c.visible.get(e.name()) != e) {
          c.error(
              path + "/name",
              "entity.nameTaken",
              "エンティティ名「" + e.name() + "」は有効なパッケージで既に使われています。",
              "the entity name \"" + e.name() + "\" is already used by an active package.");
        }
      }
      if (e.id() != null) {
        Integer first = ids.putIfAbsent(e.id(), i);
        if (first != null) {
          c.error(
              path + "/id",
              "entity.duplicateId",
              "ID「" + e.id() + "」は " + (first + 1) + " 番目のエンティティと重複しています。ID は一意にしてください。",
              "the id \""
                  + e.id()
                  + "\" is already used by entity #"
                  + (first + 1)
                  + "; ids must be unique.");
        }
      }
    }
    Map<String, Integer> sets = new HashMap<>();
    for (int i = 0; i < p.picklists().size(); i++) {
      PicklistSet s = p.picklists().get(i);
      String path = "/picklists/" + i;
      if (s.name() == null) {
        continue;
      }
      if (plugin && !s.name().startsWith(p.namespace() + "_")) {
        c.error(
            path + "/name",
            "name.namespacePrefix",
            "名前空間「"
                + p.namespace()
                + "」のパッケージでは、選択リスト名を「"
                + p.namespace()
                + "_」で始めてください（「"
                + s.name()
                + "」）。",
            "in a package with namespace \""
                + p.namespace()
                + "\" picklist set names must start with \""
                + p.namespace()
                + "_\" (\""
                + s.name()
                + "\").");
      }
      Integer first = sets.putIfAbsent(s.name(), i);
      if (first != null) {
        c.error(
            path + "/name",
            "picklist.duplicateSet",
            "選択リスト名「" + s.name() + "」は " + (first + 1) + " 番目の選択リストと重複しています。",
            "the picklist set name \""
                + s.name()
                + "\" is already used by set #"
                + (first + 1)
                + ".");
      }
      PicklistChecks.values(c, path + "/values", s.values());
    }
  }

  /** Reports a reserved name (names not matching the API name pattern are the schema's concern). */
  static void reserved(Context c, String path, String name) {
    if (name == null || !API_NAME.matcher(name).matches()) {
      return;
    }
    ReservedNames.reason(name)
        .ifPresent(
            r ->
                c.error(
                    path,
                    "name.reserved",
                    "「" + name + "」は" + r.ja() + "なので名前に使えません。別の名前にしてください。",
                    "\""
                        + name
                        + "\" is "
                        + r.en()
                        + " and cannot be used as a name; choose another."));
  }
}
