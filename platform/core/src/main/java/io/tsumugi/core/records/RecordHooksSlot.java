package io.tsumugi.core.records;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.List;
import java.util.Map;

/**
 * The engine's hooks: {@link RecordHooks#NONE} until the plugin host starts and plugs its own in.
 * One volatile read per call.
 */
public final class RecordHooksSlot implements RecordHooks {

  private volatile RecordHooks target = RecordHooks.NONE;

  /** Routes every call to {@code hooks} from now on. */
  public void plug(RecordHooks hooks) {
    target = hooks == null ? RecordHooks.NONE : hooks;
  }

  @Override
  public boolean isEmpty() {
    return target.isEmpty();
  }

  @Override
  public Object normalize(EntityDef entity, FieldDef field, Object value) {
    return target.normalize(entity, field, value);
  }

  @Override
  public void beforeSave(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {
    target.beforeSave(caller, entity, id, values);
  }

  @Override
  public List<FieldError> validate(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {
    return target.validate(caller, entity, id, values);
  }

  @Override
  public void afterSave(CallerContext caller, EntityDef entity, Record saved) {
    target.afterSave(caller, entity, saved);
  }

  @Override
  public void beforeDelete(CallerContext caller, EntityDef entity, Record record) {
    target.beforeDelete(caller, entity, record);
  }

  @Override
  public void afterDelete(CallerContext caller, EntityDef entity, Record record) {
    target.afterDelete(caller, entity, record);
  }
}
