package io.tsumugi.core.records;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.List;
import java.util.Map;

/**
 * What the record service calls besides its own steps: the running plugins' normalisers, validators
 * and listeners. Each call happens inside the write's transaction; an exception fails that one
 * write and nothing is written. {@link #NONE} costs one check per write when no plugin is running.
 */
public interface RecordHooks {

  /** No hooks: nothing is called. */
  RecordHooks NONE = new RecordHooks() {};

  /** True when a write needs not call any hook (the service skips them all). */
  default boolean isEmpty() {
    return true;
  }

  /**
   * {@code value} of {@code field} after the plugins' normalisers (already platform-normalised).
   */
  default Object normalize(EntityDef entity, FieldDef field, Object value) {
    return value;
  }

  /**
   * Before validation: listeners may change {@code values} (the whole record as it will be saved).
   *
   * @param id the record's id, {@code null} while it is being created
   */
  default void beforeSave(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {}

  /** The plugins' validators' problems with {@code values}; merged with the platform's own. */
  default List<FieldError> validate(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {
    return List.of();
  }

  /** After the write, before the commit. */
  default void afterSave(CallerContext caller, EntityDef entity, Record saved) {}

  /** Before a delete. */
  default void beforeDelete(CallerContext caller, EntityDef entity, Record record) {}

  /** After a delete, before the commit. */
  default void afterDelete(CallerContext caller, EntityDef entity, Record record) {}
}
