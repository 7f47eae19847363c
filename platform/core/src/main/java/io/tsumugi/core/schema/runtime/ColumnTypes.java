package io.tsumugi.core.schema.runtime;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import java.math.BigDecimal;
import java.util.List;

/** The SQL column type of each stored field type, and constant defaults as SQL literals. */
public final class ColumnTypes {

  /** Room for the values of a multipicklist, joined with {@value #MULTI_SEPARATOR}. */
  public static final int MULTIPICKLIST_LENGTH = 4000;

  /** Separator of multipicklist values in their column. */
  public static final String MULTI_SEPARATOR = ";";

  private ColumnTypes() {}

  /** The column type, or {@code null} for formula and rollup fields (no column). */
  public static String sqlType(FieldDef f) {
    FieldOptions o = f.options();
    return switch (f.type()) {
      case TEXT, LONGTEXT, EMAIL, URL, PHONE, POSTAL_CODE ->
          "VARCHAR(" + o.effectiveMaxLength(f.type()) + ")";
      case PICKLIST -> "VARCHAR(80)";
      case MULTIPICKLIST -> "VARCHAR(" + MULTIPICKLIST_LENGTH + ")";
      case AUTONUMBER -> "VARCHAR(30)";
      case INTEGER -> "BIGINT";
      case DECIMAL, CURRENCY, PERCENT ->
          "NUMERIC(" + o.effectivePrecision(f.type()) + "," + o.effectiveScale(f.type()) + ")";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case DATETIME -> "TIMESTAMP WITH TIME ZONE";
      case LOOKUP -> "BIGINT";
      case FORMULA, ROLLUP -> null;
    };
  }

  /**
   * The default as a constant SQL literal, or {@code null} when the field has none or its default
   * is computed per record ({@code today}, {@code now}): a volatile default would make PostgreSQL
   * rewrite the whole table when the column is added, so the record service fills those instead.
   */
  public static String defaultLiteral(FieldDef f) {
    Object d = f.defaultValue();
    if (d == null || !f.isStored()) {
      return null;
    }
    if (f.type() == FieldType.DATE || f.type() == FieldType.DATETIME) {
      return null; // today / now, or a fixed date: filled by the record service
    }
    if (d instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (d instanceof BigDecimal n) {
      return n.toPlainString();
    }
    if (d instanceof Number n) {
      return new BigDecimal(n.toString()).toPlainString();
    }
    if (d instanceof List<?> values) {
      return quote(String.join(MULTI_SEPARATOR, values.stream().map(String::valueOf).toList()));
    }
    return quote(d.toString());
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
