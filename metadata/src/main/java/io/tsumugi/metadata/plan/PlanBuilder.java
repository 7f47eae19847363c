package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.validate.MetadataProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects changes and refusals, then orders the changes by kind (a stable sort). */
final class PlanBuilder {
  private final List<Change> changes = new ArrayList<>();
  private final List<MetadataProblem> refusals = new ArrayList<>();

  void add(
      ChangeKind kind,
      Safety safety,
      String entity,
      String field,
      EntityDef entityBefore,
      EntityDef entityAfter,
      FieldDef fieldBefore,
      FieldDef fieldAfter,
      String detail,
      List<DataCheck> checks,
      String ja,
      String en) {
    changes.add(
        new Change(
            kind,
            safety,
            entity,
            field,
            entityBefore,
            entityAfter,
            fieldBefore,
            fieldAfter,
            detail,
            checks,
            ja,
            en));
  }

  void refuse(String path, String code, String ja, String en) {
    refusals.add(MetadataProblem.error(path, code, ja, en));
  }

  Plan build() {
    List<Change> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparing(Change::kind));
    return new Plan(ordered, refusals);
  }
}
