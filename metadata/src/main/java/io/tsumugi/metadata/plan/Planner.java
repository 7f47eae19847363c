package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the active package with a proposed one and plans the changes. Entities and fields are
 * matched by their stable {@code id}: the same id with another API name is a rename; a rename is
 * never guessed from a drop and an add. Both packages should be valid; either may be {@link
 * MetadataPackage#empty(String) empty}.
 *
 * <p>Order: drop indexes; delete fields; delete entities (an entity whose lookups point at another
 * deleted entity first); rename entities and fields; add entities (tables without their lookups, so
 * lookups between new entities never depend on creation order); alter fields; add fields
 * (non-lookups, then lookups); picklist values; add indexes; metadata-only changes.
 */
public final class Planner {

  private Planner() {}

  /** Plans the changes from {@code active} to {@code proposed}. */
  public static Plan plan(MetadataPackage active, MetadataPackage proposed) {
    PlanBuilder out = new PlanBuilder();
    Map<String, EntityDef> before = byId(active.entities());
    Map<String, EntityDef> after = byId(proposed.entities());
    deletedEntities(out, active, before, after);
    for (int i = 0; i < proposed.entities().size(); i++) {
      EntityDef a = proposed.entities().get(i);
      EntityDef b = before.get(a.id());
      if (b == null) {
        addEntity(out, a);
      } else {
        EntityDiff.diff(out, active, proposed, b, a, "/entities/" + i);
      }
    }
    picklistSets(out, active, proposed);
    if (!Objects.equals(active.security(), proposed.security())) {
      out.add(
          ChangeKind.CHANGE_SECURITY,
          Safety.SAFE,
          "",
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          "公開範囲・権限セット・共有ルールを変更（次の操作から適用）",
          "change visibility, permission sets or sharing rules (enforced from the next call)");
    }
    if (!Objects.equals(active.label(), proposed.label())
        || !Objects.equals(active.description(), proposed.description())
        || !Objects.equals(active.version(), proposed.version())) {
      out.add(
          ChangeKind.CHANGE_PACKAGE_METADATA,
          Safety.SAFE,
          "",
          null,
          null,
          null,
          null,
          null,
          proposed.version(),
          List.of(),
          "パッケージの情報を変更",
          "change the package's label, description or version");
    }
    return out.build();
  }

  private static void deletedEntities(
      PlanBuilder out,
      MetadataPackage active,
      Map<String, EntityDef> before,
      Map<String, EntityDef> after) {
    List<EntityDef> deleted = new ArrayList<>();
    for (EntityDef b : active.entities()) {
      if (!after.containsKey(b.id())) {
        deleted.add(b);
      }
    }
    // Children (entities with lookups to other deleted entities) go first.
    List<EntityDef> ordered = new ArrayList<>();
    List<EntityDef> pending = new ArrayList<>(deleted);
    while (!pending.isEmpty()) {
      EntityDef next =
          pending.stream()
              .filter(e -> pending.stream().noneMatch(o -> o != e && pointsAt(o, e)))
              .findFirst()
              .orElse(pending.get(0));
      ordered.add(next);
      pending.remove(next);
    }
    for (EntityDef b : ordered) {
      out.add(
          ChangeKind.DELETE_ENTITY,
          Safety.DESTRUCTIVE,
          b.name(),
          null,
          b,
          null,
          null,
          null,
          null,
          List.of(new DataCheck.RowCount(b.name())),
          "エンティティ " + b.name() + " を削除（データはアーカイブ）",
          "delete entity " + b.name() + " (data archived)");
    }
  }

  private static boolean pointsAt(EntityDef from, EntityDef to) {
    return from.fields().stream()
        .anyMatch(f -> f.isLookup() && java.util.Objects.equals(to.name(), f.options().target()));
  }

  private static void addEntity(PlanBuilder out, EntityDef a) {
    out.add(
        ChangeKind.ADD_ENTITY,
        Safety.SAFE,
        a.name(),
        null,
        null,
        a,
        null,
        null,
        null,
        List.of(),
        "エンティティ " + a.name() + " を作成",
        "create entity " + a.name());
    for (FieldDef f : a.fields()) {
      if (f.isLookup()) {
        out.add(
            ChangeKind.ADD_FIELD,
            Safety.SAFE,
            a.name(),
            f.name(),
            null,
            a,
            null,
            f,
            null,
            List.of(),
            a.name() + " に参照項目 " + f.name() + " を追加",
            "add lookup " + a.name() + "." + f.name());
      }
      if (PlanIndexes.needsIndex(f)) {
        PlanIndexes.add(out, null, a, f);
      }
    }
  }

  private static void picklistSets(
      PlanBuilder out, MetadataPackage active, MetadataPackage proposed) {
    Map<String, PicklistSet> before = new LinkedHashMap<>();
    active.picklists().forEach(s -> before.put(s.name(), s));
    Map<String, PicklistSet> after = new LinkedHashMap<>();
    proposed.picklists().forEach(s -> after.put(s.name(), s));
    for (String name : union(before.keySet(), after.keySet())) {
      if (!Objects.equals(before.get(name), after.get(name))) {
        out.add(
            ChangeKind.CHANGE_PICKLIST_SET,
            Safety.SAFE,
            "",
            null,
            null,
            null,
            null,
            null,
            name,
            List.of(),
            "共通選択リスト " + name + " を変更",
            "change picklist set " + name);
      }
    }
  }

  static List<String> union(Iterable<String> a, Iterable<String> b) {
    List<String> out = new ArrayList<>();
    a.forEach(out::add);
    b.forEach(
        x -> {
          if (!out.contains(x)) {
            out.add(x);
          }
        });
    return out;
  }

  static <T> Map<String, EntityDef> byId(List<EntityDef> entities) {
    Map<String, EntityDef> m = new LinkedHashMap<>();
    entities.forEach(e -> m.putIfAbsent(e.id(), e));
    return m;
  }
}
