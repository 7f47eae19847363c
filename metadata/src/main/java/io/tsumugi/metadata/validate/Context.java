package io.tsumugi.metadata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import io.tsumugi.metadata.model.PicklistValue;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the semantic checks share: the package, its JSON document (to describe paths), the entities
 * visible to lookups (those of the package plus the already active ones) and the problem sink.
 */
final class Context {
  final MetadataPackage pkg;
  final JsonNode document;
  final ProblemSink sink;
  final Map<String, EntityDef> visible = new LinkedHashMap<>();
  final Map<String, PicklistSet> activeSets = new HashMap<>();
  final Set<String> activePicklists = activeSets.keySet();

  Context(MetadataPackage pkg, JsonNode document, List<MetadataPackage> active, ProblemSink sink) {
    this.pkg = pkg;
    this.document = document;
    this.sink = sink;
    for (MetadataPackage a : active) {
      if (a.namespace() != null && a.namespace().equals(pkg.namespace())) {
        continue; // an upgrade of the same package replaces it
      }
      for (EntityDef e : a.entities()) {
        if (e.name() != null) {
          visible.put(e.name(), e);
        }
      }
      for (PicklistSet s : a.picklists()) {
        if (s.name() != null) {
          activeSets.put(s.name(), s);
        }
      }
    }
    for (EntityDef e : pkg.entities()) {
      if (e.name() != null) {
        visible.putIfAbsent(e.name(), e);
      }
    }
  }

  /** The entity named, from the package or the active ones. */
  Optional<EntityDef> entity(String name) {
    return Optional.ofNullable(name == null ? null : visible.get(name));
  }

  /** The values of a picklist field (inline or from a set), or null when unknown. */
  List<PicklistValue> picklistValues(FieldDef f) {
    if (f.options().values() != null) {
      return f.options().values();
    }
    String set = f.options().valueSet();
    if (set == null) {
      return null;
    }
    return pkg.picklist(set)
        .map(PicklistSet::values)
        .orElseGet(() -> activeSets.containsKey(set) ? activeSets.get(set).values() : null);
  }

  Where where(String path) {
    return Where.of(document, path);
  }

  void error(String path, String code, String ja, String en) {
    Where w = where(path);
    sink.error(path, code, w.ja() + "：" + ja, w.en() + ": " + en);
  }

  void warning(String path, String code, String ja, String en) {
    Where w = where(path);
    sink.warning(path, code, w.ja() + "：" + ja, w.en() + ": " + en);
  }

  static String entityPath(int e) {
    return "/entities/" + e;
  }

  static String fieldPath(int e, int f) {
    return "/entities/" + e + "/fields/" + f;
  }
}
