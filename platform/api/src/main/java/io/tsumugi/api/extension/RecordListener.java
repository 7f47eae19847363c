package io.tsumugi.api.extension;

import io.tsumugi.api.record.MutableRecord;
import io.tsumugi.api.record.RecordView;
import org.pf4j.ExtensionPoint;

/**
 * Reacts to records being saved or deleted.
 *
 * <p>{@code before*} methods run inside the transaction before the write; {@code beforeSave} may
 * change the record. {@code after*} methods run inside the same transaction after the write. An
 * exception from any method fails that one operation (the transaction rolls back, the user sees an
 * error naming the plugin) and is logged with the plugin id; other operations and the server are
 * not affected. Keep listeners fast: they run on every save.
 */
public interface RecordListener extends ExtensionPoint {

  /** Whether this listener wants events for {@code entity}. */
  boolean appliesTo(String entity);

  /** Before a record is created or updated; {@code record} may be changed. */
  default void beforeSave(MutableRecord record) {}

  /** After a record was created or updated, with its id. */
  default void afterSave(RecordView record) {}

  /** Before a record is deleted. */
  default void beforeDelete(RecordView record) {}

  /** After a record was deleted. */
  default void afterDelete(RecordView record) {}
}
