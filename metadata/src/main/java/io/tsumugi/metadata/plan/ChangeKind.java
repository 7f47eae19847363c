package io.tsumugi.metadata.plan;

/**
 * The kinds of change, in the order a plan applies them: drops first (indexes, fields, entities),
 * then renames, creations, alterations, additions, picklist values, new indexes, and last the
 * changes that touch metadata only.
 */
public enum ChangeKind {
  DROP_INDEX(true),
  DELETE_FIELD(true),
  DELETE_ENTITY(true),
  RENAME_ENTITY(true),
  RENAME_FIELD(true),
  /** Creates the table with every stored field except lookups, which follow as ADD_FIELD. */
  ADD_ENTITY(true),
  CHANGE_FIELD_TYPE(true),
  CHANGE_FIELD_LENGTH(true),
  CHANGE_FIELD_PRECISION(true),
  CHANGE_FIELD_REQUIRED(true),
  CHANGE_FIELD_UNIQUE(true),
  CHANGE_FIELD_DEFAULT(true),
  CHANGE_FIELD_ON_DELETE(true),
  ADD_FIELD(true),
  PICKLIST_VALUE_ADDED(false),
  PICKLIST_VALUE_REMOVED(false),
  PICKLIST_VALUE_DEACTIVATED(false),
  PICKLIST_VALUE_RELABELLED(false),
  ADD_INDEX(true),
  CHANGE_ENTITY_METADATA(false),
  CHANGE_FIELD_METADATA(false),
  CHANGE_LAYOUT(false),
  CHANGE_LIST_VIEWS(false),
  CHANGE_RULES(false),
  CHANGE_PICKLIST_SET(false),
  /** Visibility defaults, permission sets or sharing rules changed: enforced from the next call. */
  CHANGE_SECURITY(false),
  CHANGE_PACKAGE_METADATA(false);

  private final boolean ddl;

  ChangeKind(boolean ddl) {
    this.ddl = ddl;
  }

  /** True when the change alters the database schema (for computed fields the runtime skips it). */
  public boolean isDdl() {
    return ddl;
  }
}
