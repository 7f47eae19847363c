package io.tsumugi.metadata.expr;

import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import io.tsumugi.metadata.model.FieldType;

/**
 * The CEL types fields are declared with. Text-like fields are {@code string}; integer is {@code
 * int}; decimal, currency and percent are {@code double} (rules compare and do arithmetic; exact
 * decimal values stay in the database and the runtime rounds a formula's result to the field's
 * scale); date and datetime are {@code google.protobuf.Timestamp} (a date is midnight UTC of that
 * day, so dates compare correctly with each other); picklist is {@code string}; multipicklist is
 * {@code list(string)}; lookup is {@code string} (the id of the target record as text).
 */
public enum ExprType {
  STRING(SimpleType.STRING),
  INT(SimpleType.INT),
  DOUBLE(SimpleType.DOUBLE),
  BOOL(SimpleType.BOOL),
  TIMESTAMP(SimpleType.TIMESTAMP),
  STRING_LIST(ListType.create(SimpleType.STRING));

  private final CelType celType;

  ExprType(CelType celType) {
    this.celType = celType;
  }

  /** The CEL type. */
  public CelType celType() {
    return celType;
  }

  /** The CEL type name, e.g. {@code list(string)}. */
  public String celName() {
    return switch (this) {
      case STRING -> "string";
      case INT -> "int";
      case DOUBLE -> "double";
      case BOOL -> "bool";
      case TIMESTAMP -> "google.protobuf.Timestamp";
      case STRING_LIST -> "list(string)";
    };
  }

  /** The CEL type of a stored (non-computed) field type; formula and rollup are resolved apart. */
  public static ExprType of(FieldType type) {
    return switch (type) {
      case INTEGER -> INT;
      case DECIMAL, CURRENCY, PERCENT -> DOUBLE;
      case BOOLEAN -> BOOL;
      case DATE, DATETIME -> TIMESTAMP;
      case MULTIPICKLIST -> STRING_LIST;
      default -> STRING;
    };
  }

  /** Finds the enum value for a checked CEL type, or null when none matches. */
  public static ExprType fromCel(CelType t) {
    for (ExprType e : values()) {
      if (e.celType.equals(t)) {
        return e;
      }
    }
    return null;
  }
}
