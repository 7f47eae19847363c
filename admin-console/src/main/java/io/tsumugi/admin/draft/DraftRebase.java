package io.tsumugi.admin.draft;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Moves a draft made on one version onto a newer active version, entity by entity: what the draft
 * changed (added, edited or deleted, compared with its base) wins; every other entity is taken as
 * it is now active, so the other administrator's work is kept instead of being planned away.
 */
public final class DraftRebase {

  private DraftRebase() {}

  /** The draft's own entity changes replayed on {@code active}. */
  public static MetadataPackage rebase(
      MetadataPackage base, MetadataPackage draft, MetadataPackage active) {
    Map<String, EntityDef> baseById = byId(base);
    Map<String, EntityDef> draftById = byId(draft);
    Map<String, EntityDef> out = byId(active);
    for (EntityDef d : draft.entities()) {
      if (!Objects.equals(baseById.get(d.id()), d)) {
        out.put(d.id(), d);
      }
    }
    for (EntityDef b : base.entities()) {
      if (!draftById.containsKey(b.id())) {
        out.remove(b.id());
      }
    }
    return active.withEntities(new ArrayList<>(out.values()));
  }

  /** The ids of the entities {@code draft} adds, edits or deletes compared with {@code base}. */
  public static List<String> changedEntityIds(MetadataPackage base, MetadataPackage draft) {
    Map<String, EntityDef> baseById = byId(base);
    Map<String, EntityDef> draftById = byId(draft);
    List<String> ids = new ArrayList<>();
    draftById.forEach(
        (id, e) -> {
          if (!Objects.equals(baseById.get(id), e)) {
            ids.add(id);
          }
        });
    baseById.keySet().stream().filter(id -> !draftById.containsKey(id)).forEach(ids::add);
    return ids;
  }

  private static Map<String, EntityDef> byId(MetadataPackage pkg) {
    Map<String, EntityDef> map = new LinkedHashMap<>();
    pkg.entities().forEach(e -> map.put(e.id(), e));
    return map;
  }
}
