package io.tsumugi.core.query;

import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordRows;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FROM and SELECT parts of an entity's queries: the entity table as {@code t}, each lookup's
 * target LEFT JOINed by its foreign key as {@code j_<lookup>}, and the targets' name columns read
 * in the same statement, so a page of records comes with the names its lookups point to.
 */
final class SelectSql {

  /** A lookup whose target's name is read: the columns it needs, by alias. */
  private record NameColumns(FieldDef lookup, EntityDef target, Map<String, FieldDef> columns) {}

  private final MetadataPackage pkg;
  private final EntityDef e;
  private final List<NameColumns> names = new ArrayList<>();

  SelectSql(MetadataPackage pkg, EntityDef e) {
    this.pkg = pkg;
    this.e = e;
    int i = 0;
    for (FieldDef f : e.fields()) {
      if (!f.isLookup() || !f.isStored()) {
        continue;
      }
      EntityDef target = pkg.entity(f.options().target()).orElse(null);
      FieldDef name = target == null ? null : target.field(target.nameField()).orElse(null);
      if (name == null) {
        continue;
      }
      Map<String, FieldDef> columns = new LinkedHashMap<>();
      if (name.isStored()) {
        columns.put("ln_" + i, name);
      } else {
        // A formula name (contact.full_name) is computed from the target's stored text fields.
        int k = 0;
        for (FieldDef tf : target.fields()) {
          if (tf.isStored() && tf.type().isStringLike()) {
            columns.put("ln_" + i + "_" + k++, tf);
          }
        }
      }
      names.add(new NameColumns(f, target, columns));
      i++;
    }
  }

  /** The lookups whose targets every page query joins. */
  Set<FieldDef> nameJoins() {
    Set<FieldDef> joins = new java.util.LinkedHashSet<>();
    names.forEach(n -> joins.add(n.lookup()));
    return joins;
  }

  /** {@code crm_<entity> t} with a LEFT JOIN per lookup in {@code joins}. */
  String from(Set<FieldDef> joins) {
    StringBuilder s =
        new StringBuilder(SqlNames.table(e.name())).append(' ').append(FieldPath.MAIN_ALIAS);
    for (FieldDef lookup : joins) {
      String alias = FieldPath.joinAlias(lookup);
      s.append(" LEFT JOIN ")
          .append(SqlNames.table(lookup.options().target()))
          .append(' ')
          .append(alias)
          .append(" ON ")
          .append(alias)
          .append(".id = ")
          .append(FieldPath.MAIN_ALIAS)
          .append('.')
          .append(SqlNames.column(lookup.name()));
    }
    return s.toString();
  }

  /** The record's columns, the sort values as {@code sk_<i>}, the lookup targets' names. */
  String columns(List<FieldPath> sortKeys) {
    StringBuilder s = new StringBuilder(RecordRows.columns(e, FieldPath.MAIN_ALIAS));
    for (int i = 0; i < sortKeys.size(); i++) {
      s.append(", ").append(sortKeys.get(i).expression()).append(" AS sk_").append(i);
    }
    for (NameColumns n : names) {
      String alias = FieldPath.joinAlias(n.lookup());
      n.columns()
          .forEach(
              (label, f) ->
                  s.append(", ")
                      .append(alias)
                      .append('.')
                      .append(SqlNames.column(f.name()))
                      .append(" AS ")
                      .append(label));
    }
    return s.toString();
  }

  /** ORDER BY for the keys and their directions: no value last ascending, first descending. */
  static String orderBy(List<FieldPath> keys, List<Boolean> descending) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      boolean desc = descending.get(i);
      boolean isId = i == keys.size() - 1;
      parts.add(
          keys.get(i).expression()
              + (desc ? " DESC" : " ASC")
              + (isId ? "" : desc ? " NULLS FIRST" : " NULLS LAST"));
    }
    return String.join(", ", parts);
  }

  /** The record in the current row, with its lookups' names. */
  Record read(ResultSet rs) throws SQLException {
    Map<String, String> lookupNames = new LinkedHashMap<>();
    for (NameColumns n : names) {
      Map<String, Object> stored = new LinkedHashMap<>();
      boolean any = false;
      for (Map.Entry<String, FieldDef> c : n.columns().entrySet()) {
        Object v = RecordRows.readValue(c.getValue(), rs, c.getKey());
        stored.put(c.getValue().name(), v);
        any |= v != null;
      }
      if (any) {
        String name = RecordRows.name(pkg, n.target(), stored);
        if (name != null) {
          lookupNames.put(n.lookup().name(), name);
        }
      }
    }
    return RecordRows.read(pkg, e, rs, Map.copyOf(lookupNames));
  }

  /** The sort values and the id of the current row, for the cursor. */
  static List<Object> sortValues(ResultSet rs, List<FieldPath> keys) throws SQLException {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      values.add(RecordRows.readValue(keys.get(i).field(), rs, "sk_" + i));
    }
    return values;
  }
}
