package io.tsumugi.metadata.model;

import java.util.Arrays;
import java.util.Optional;

/** The field types of the metadata language, with their JSON names. */
public enum FieldType {
  TEXT("text"),
  LONGTEXT("longtext"),
  INTEGER("integer"),
  DECIMAL("decimal"),
  CURRENCY("currency"),
  PERCENT("percent"),
  BOOLEAN("boolean"),
  DATE("date"),
  DATETIME("datetime"),
  EMAIL("email"),
  PHONE("phone"),
  URL("url"),
  POSTAL_CODE("postal_code"),
  PICKLIST("picklist"),
  MULTIPICKLIST("multipicklist"),
  LOOKUP("lookup"),
  AUTONUMBER("autonumber"),
  FORMULA("formula"),
  ROLLUP("rollup");

  private final String jsonName;

  FieldType(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON documents, e.g. {@code postal_code}. */
  public String jsonName() {
    return jsonName;
  }

  /** Finds a type by its JSON name. */
  public static Optional<FieldType> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }

  /** True for types computed from other data, which have no column of their own. */
  public boolean isComputed() {
    return this == FORMULA || this == ROLLUP;
  }

  /** True for the numeric types stored as fixed-point numbers. */
  public boolean isFixedPoint() {
    return this == DECIMAL || this == CURRENCY || this == PERCENT;
  }

  /** True for types stored as a character column (text and its formatted variants). */
  public boolean isStringLike() {
    return switch (this) {
      case TEXT, LONGTEXT, EMAIL, PHONE, URL, POSTAL_CODE, PICKLIST, AUTONUMBER -> true;
      default -> false;
    };
  }

  /** True for picklist and multipicklist. */
  public boolean isPicklist() {
    return this == PICKLIST || this == MULTIPICKLIST;
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
