package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A field a query names, resolved against metadata: the field itself, or one level through a lookup
 * ({@code account.name}). The SQL expression is built from {@link SqlNames} only; the text the
 * caller sent never reaches SQL.
 *
 * @param path the path as the caller wrote it (already checked to be API names)
 * @param field the field at the end of the path
 * @param lookup the lookup field traversed, or {@code null}
 * @param expression the column expression ({@code t.name} or {@code j_account.name})
 */
record FieldPath(String path, FieldDef field, FieldDef lookup, String expression) {

  /** What the field is used for; each needs its own metadata flag. */
  enum Use {
    FILTER,
    SORT
  }

  static final String MAIN_ALIAS = "t";

  private static final Pattern SHAPE =
      Pattern.compile("^[a-z][a-z0-9_]{0,39}(\\.[a-z][a-z0-9_]{0,39})?$");

  private static final FieldDef ID =
      FieldDef.builder("sys_id", "id", FieldType.INTEGER)
          .label(LocalizedText.of("ID", "ID"))
          .filterable(true)
          .sortable(true)
          .build();

  private static final FieldDef OWNER =
      FieldDef.builder("sys_owner_id", "owner_id", FieldType.INTEGER)
          .label(LocalizedText.of("所有者", "Owner"))
          .filterable(true)
          .build();

  /** The alias of a lookup's joined target table. */
  static String joinAlias(FieldDef lookup) {
    return SqlNames.checkIdentifier("j_" + lookup.name());
  }

  /** The id of the entity's table, the tie-breaker of every sort. */
  static FieldPath id() {
    return new FieldPath("id", ID, null, MAIN_ALIAS + ".id");
  }

  /** Resolves {@code path}, or adds a message to {@code errors} and returns {@code null}. */
  static FieldPath resolve(
      MetadataPackage pkg, EntityDef e, String path, Use use, List<FieldError> errors) {
    if (path == null || !SHAPE.matcher(path).matches()) {
      errors.add(QueryMessages.unknownField(e, path));
      return null;
    }
    int dot = path.indexOf('.');
    if (dot < 0) {
      FieldDef f = field(e, path).orElse(null);
      if (f == null) {
        errors.add(QueryMessages.unknownField(e, path));
        return null;
      }
      return allowed(path, f, use, errors)
          ? new FieldPath(path, f, null, MAIN_ALIAS + "." + SqlNames.column(f.name()))
          : null;
    }
    FieldDef lookup = e.field(path.substring(0, dot)).orElse(null);
    if (lookup == null) {
      errors.add(QueryMessages.unknownField(e, path));
      return null;
    }
    if (!lookup.isLookup()) {
      errors.add(QueryMessages.notLookup(path, lookup));
      return null;
    }
    EntityDef target = pkg.entity(lookup.options().target()).orElse(null);
    FieldDef f = target == null ? null : field(target, path.substring(dot + 1)).orElse(null);
    if (f == null) {
      errors.add(QueryMessages.unknownField(e, path));
      return null;
    }
    return allowed(path, f, use, errors)
        ? new FieldPath(path, f, lookup, joinAlias(lookup) + "." + SqlNames.column(f.name()))
        : null;
  }

  private static Optional<FieldDef> field(EntityDef e, String name) {
    if (name.equals("id")) {
      return Optional.of(ID);
    }
    if (name.equals("owner_id")) {
      return Optional.of(OWNER);
    }
    return e.field(name);
  }

  private static boolean allowed(String path, FieldDef f, Use use, List<FieldError> errors) {
    if (use == Use.FILTER) {
      // Lookups are always indexed (foreign keys), and related lists filter on them; searchable
      // fields are what quick find filters on.
      if (f.isStored() && (f.filterable() || f.isLookup() || f.searchable())) {
        return true;
      }
      errors.add(QueryMessages.notFilterable(path, f));
      return false;
    }
    if (f.isStored() && f.sortable() && f.type() != FieldType.MULTIPICKLIST) {
      return true;
    }
    errors.add(QueryMessages.notSortable(path, f));
    return false;
  }
}
