package io.tsumugi.core.records;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading and binding record values the way the record service does, for the query service: one
 * mapping between field types and JDBC, kept in {@link RecordSql}.
 */
public final class RecordRows {

  private RecordRows() {}

  /**
   * The record in the current row (columns of the entity table under their own names), formulas
   * computed.
   */
  public static Record read(
      MetadataPackage pkg, EntityDef e, ResultSet rs, Map<String, String> lookupNames)
      throws SQLException {
    Record raw = RecordSql.read(e, rs);
    Map<String, Object> values = new LinkedHashMap<>(raw.values());
    Formulas.compute(pkg, e, values);
    return new Record(e.name(), raw.id(), raw.version(), values, lookupNames);
  }

  /** The columns {@link #read} needs, each named, prefixed by {@code alias} (never {@code *}). */
  public static String columns(EntityDef e, String alias) {
    return RecordSql.columns(e, alias);
  }

  /** The value of {@code f} in column {@code column} of the current row, in the field's type. */
  public static Object readValue(FieldDef f, ResultSet rs, String column) throws SQLException {
    return RecordSql.readValue(f, rs, column);
  }

  /** Binds a value of {@code f} (in the field's Java type) as parameter {@code i}. */
  public static void bind(PreparedStatement ps, int i, FieldDef f, Object v) throws SQLException {
    RecordSql.bind(ps, i, f, v);
  }

  /**
   * The display name of a record of {@code e} from its stored values: the name field, computed when
   * it is a formula (contact.full_name).
   */
  public static String name(MetadataPackage pkg, EntityDef e, Map<String, Object> stored) {
    FieldDef nameField = e.field(e.nameField()).orElse(null);
    if (nameField == null) {
      return null;
    }
    Object v = stored.get(nameField.name());
    if (nameField.type() == FieldType.FORMULA) {
      Map<String, Object> values = new LinkedHashMap<>(stored);
      Formulas.compute(pkg, e, values);
      v = values.get(nameField.name());
    }
    return v == null ? null : v.toString();
  }
}
