package io.tsumugi.core.records;

import io.tsumugi.core.access.AccessDeniedException;
import io.tsumugi.core.access.CallerAccess;
import io.tsumugi.core.access.RecordNotVisibleException;
import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.query.ScopeSql;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The record service's checks on one record, in the order that leaks nothing: a record the caller
 * may not read is "not found" (missing and invisible are not told apart); a readable one the caller
 * may not change is refused (403); fields the caller may not edit refuse the whole write.
 */
final class RecordAccess {

  private RecordAccess() {}

  /** Refuses an operation the caller's permission sets do not grant on the entity at all. */
  static void requireOperation(EntityDef e, String operation, boolean granted) {
    if (!granted) {
      throw AccessDeniedException.operation(e.name(), operation);
    }
  }

  /** Throws {@link RecordNotVisibleException} unless the caller may read record {@code id}. */
  static void requireVisible(
      Connection c, MetadataPackage pkg, CallerAccess a, EntityDef e, long id) throws SQLException {
    RowScope scope = a.readScope(e);
    if (!scope.all() && !ScopeSql.contains(c, pkg, e, scope, id)) {
      throw new RecordNotVisibleException(e.name(), id);
    }
  }

  /**
   * A lookup set to a record the caller may not read is "not found", exactly as a missing one is:
   * otherwise saving a guessed id would tell whether an invisible record exists. Lookups already
   * reported as not found are skipped.
   */
  static void refuseInvisibleLookups(
      Connection c,
      MetadataPackage pkg,
      CallerAccess a,
      EntityDef e,
      Map<String, Object> values,
      List<FieldError> errors)
      throws SQLException {
    for (FieldDef f : e.fields()) {
      if (!f.isLookup()
          || !(values.get(f.name()) instanceof Long id)
          || errors.stream().anyMatch(x -> f.name().equals(x.field()))) {
        continue;
      }
      Optional<EntityDef> target = pkg.entity(f.options().target());
      if (target.isEmpty()) {
        continue;
      }
      if (!a.permission(target.get().name()).read() || !visible(c, pkg, a, target.get(), id)) {
        errors.add(Messages.lookupMissing(f));
      }
    }
  }

  /** Whether the caller may read record {@code id} (the record may still be missing). */
  static boolean visible(Connection c, MetadataPackage pkg, CallerAccess a, EntityDef e, long id)
      throws SQLException {
    RowScope scope = a.readScope(e);
    return scope.all() || ScopeSql.contains(c, pkg, e, scope, id);
  }

  /**
   * Checks a change or deletion of record {@code id}: visible (else not found), the operation
   * granted, and the record within the caller's write scope (else 403).
   */
  static void requireWritable(
      Connection c,
      MetadataPackage pkg,
      CallerAccess a,
      EntityDef e,
      long id,
      String operation,
      boolean granted)
      throws SQLException {
    if (!a.permission(e.name()).read()) {
      throw new RecordNotVisibleException(e.name(), id);
    }
    requireVisible(c, pkg, a, e, id);
    requireOperation(e, operation, granted);
    RowScope write = a.writeScope(e);
    if (!write.all() && !ScopeSql.contains(c, pkg, e, write, id)) {
      throw AccessDeniedException.record(e.name(), id);
    }
  }

  /** Adds a {@code field.readOnly} error per input field the caller may not edit. */
  static void refuseReadOnlyFields(
      CallerAccess a, EntityDef e, Map<String, ?> input, List<FieldError> errors) {
    for (String name : input.keySet()) {
      Optional<io.tsumugi.metadata.model.FieldDef> f = e.field(name);
      if (f.isPresent() && a.field(e, f.get()) != FieldAccess.EDIT) {
        errors.add(
            new FieldError(
                f.get().name(),
                "field.readOnly",
                "項目「" + f.get().name() + "」を変更する権限がありません。",
                "You may not change the field \"" + f.get().name() + "\"."));
      }
    }
  }
}
