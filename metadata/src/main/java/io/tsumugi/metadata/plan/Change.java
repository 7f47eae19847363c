package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.List;

/**
 * One change of a plan. {@code entity} and {@code field} name the table and column as they are when
 * the change runs: the old names for drops (which run before renames), the new names for everything
 * else.
 *
 * @param kind what changes
 * @param safety how it treats existing data
 * @param entity the entity's API name
 * @param field the field's API name, or {@code null} for entity-level changes
 * @param entityBefore the active entity, or {@code null} when added
 * @param entityAfter the proposed entity, or {@code null} when deleted
 * @param fieldBefore the active field, or {@code null}
 * @param fieldAfter the proposed field, or {@code null}
 * @param detail a kind-specific detail: the picklist value, the old name of a rename, ...
 * @param dataChecks the questions the runtime must answer before applying
 * @param summaryJa a one-line summary in Japanese for the plan preview
 * @param summaryEn the same in English
 */
public record Change(
    ChangeKind kind,
    Safety safety,
    String entity,
    String field,
    EntityDef entityBefore,
    EntityDef entityAfter,
    FieldDef fieldBefore,
    FieldDef fieldAfter,
    String detail,
    List<DataCheck> dataChecks,
    String summaryJa,
    String summaryEn) {

  /** Copies the list. */
  public Change {
    dataChecks = List.copyOf(dataChecks);
  }

  /** True when the change alters the database (a computed field's change never does). */
  public boolean isDdl() {
    if (!kind.isDdl()) {
      return false;
    }
    FieldDef f = fieldAfter != null ? fieldAfter : fieldBefore;
    return f == null || f.isStored() || kind == ChangeKind.CHANGE_FIELD_TYPE;
  }

  @Override
  public String toString() {
    return kind
        + " "
        + safety
        + " "
        + entity
        + (field == null ? "" : "." + field)
        + ": "
        + summaryEn;
  }
}
