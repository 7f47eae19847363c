package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether two versions of a field differ in anything beyond what the DDL-level change kinds
 * cover (labels, help, flags, patterns, formula and rollup definitions, picklist colours and
 * order): such differences become one CHANGE_FIELD_METADATA.
 */
final class FieldMetadata {

  private FieldMetadata() {}

  /** True when everything but what the DDL-level kinds above cover is equal. */
  static boolean equal(FieldDef b, FieldDef a, MetadataPackage active, MetadataPackage proposed) {
    FieldDef nb = neutral(b, a);
    FieldDef na = neutral(a, a);
    if (!nb.equals(na)) {
      return false;
    }
    if (b.type().isPicklist() && a.type().isPicklist()) {
      return colourOrder(active.picklistValues(b)).equals(colourOrder(proposed.picklistValues(a)));
    }
    return true;
  }

  private static List<String> colourOrder(List<PicklistValue> values) {
    List<String> out = new ArrayList<>();
    values.forEach(v -> out.add(v.value() + "|" + v.color() + "|" + v.order()));
    return out;
  }

  /** A copy with the DDL-level properties set from {@code like}, so only metadata differs. */
  private static FieldDef neutral(FieldDef f, FieldDef like) {
    FieldOptions o =
        f.options().toBuilder()
            .maxLength(like.options().maxLength())
            .precision(like.options().precision())
            .scale(like.options().scale())
            .onDelete(like.options().onDelete())
            .target(like.options().target())
            .values(null)
            .valueSet(null)
            .build();
    return f.toBuilder()
        .name(like.name())
        .type(like.type())
        .required(like.required())
        .unique(like.unique())
        .defaultValue(like.defaultValue())
        .filterable(like.filterable())
        .sortable(like.sortable())
        .options(o)
        .build();
  }
}
