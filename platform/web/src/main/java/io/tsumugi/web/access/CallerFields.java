package io.tsumugi.web.access;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import java.util.List;
import java.util.Map;

/**
 * An entity as one user may see it on the screens: fields hidden from them are not there at all (no
 * label, no empty input, no column), fields they may only read are read-only, so the form neither
 * shows what they may not see nor sends what they may not change.
 */
public final class CallerFields {

  private CallerFields() {}

  /** {@code e} with {@code restricted} applied (field name → NONE or READ). */
  public static EntityDef restrict(EntityDef e, Map<String, FieldAccess> restricted) {
    if (restricted.isEmpty()) {
      return e;
    }
    List<FieldDef> fields =
        e.fields().stream()
            .filter(f -> restricted.get(f.name()) != FieldAccess.NONE)
            .map(
                f ->
                    restricted.get(f.name()) == FieldAccess.READ
                        ? f.toBuilder().readOnly(true).build()
                        : f)
            .toList();
    return e.withFields(fields);
  }
}
