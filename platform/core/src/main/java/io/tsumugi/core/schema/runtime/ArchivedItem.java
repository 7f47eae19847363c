package io.tsumugi.core.schema.runtime;

import java.time.Instant;

/**
 * A column or table kept after a delete or a type change, until an explicit purge (a row of {@code
 * sys_archive}).
 *
 * @param id the archive entry's id (what a purge names)
 * @param versionNo the metadata version that archived it
 * @param entity the entity's API name at that time
 * @param field the field's API name, or {@code null} for a whole table
 * @param table the table holding the archived column, or the archived table itself
 * @param column the archived column, or {@code null} for a whole table
 * @param archivedAt when it was archived
 */
public record ArchivedItem(
    long id,
    int versionNo,
    String entity,
    String field,
    String table,
    String column,
    Instant archivedAt) {

  /** True for a whole table (a deleted entity), false for one column. */
  public boolean isTable() {
    return column == null;
  }
}
