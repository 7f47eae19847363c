package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.model.FieldType;

/**
 * A question about existing data the runtime must answer (usually with a count of rows) before a
 * change is applied. Structured, not SQL: the runtime builds the query for its database.
 */
public sealed interface DataCheck {

  /** The entity (table) asked about, by its API name at the time of the check. */
  String entity();

  /** The question in Japanese. */
  String describeJa();

  /** The question in English. */
  String describeEn();

  /**
   * Rows whose value cannot be converted from one type to the other (e.g. text that does not parse
   * as an integer, a datetime with a time of day becoming a date).
   */
  record NonConvertibleValues(String entity, String field, FieldType fromType, FieldType toType)
      implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " の値のうち " + fromType + " から " + toType + " に変換できない件数";
    }

    @Override
    public String describeEn() {
      return "rows of "
          + entity
          + " whose "
          + field
          + " cannot be converted from "
          + fromType
          + " to "
          + toType;
    }
  }

  /** Rows where the field is empty (before making it required). */
  record NullValues(String entity, String field) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " が空の件数";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " where " + field + " is empty";
    }
  }

  /** Rows where the field has a value (before deleting it: what will be archived). */
  record NonNullValues(String entity, String field) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " に値がある件数（アーカイブされます）";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " with a value in " + field + " (to be archived)";
    }
  }

  /** Values that appear on more than one row (before making the field unique). */
  record DuplicateValues(String entity, String field) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " の値が重複している件数";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " whose " + field + " value is not unique";
    }
  }

  /** Values longer than a new maximum length, in characters. */
  record ValuesLongerThan(String entity, String field, int maxLength) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " が " + maxLength + " 文字を超える件数";
    }

    @Override
    public String describeEn() {
      return "rows of "
          + entity
          + " whose "
          + field
          + " is longer than "
          + maxLength
          + " characters";
    }
  }

  /** Numbers that do not fit a new precision and scale. */
  record ValuesOutsidePrecision(String entity, String field, int precision, int scale)
      implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " が桁数（全体 " + precision + " 桁・小数 " + scale + " 桁）に収まらない件数";
    }

    @Override
    public String describeEn() {
      return "rows of "
          + entity
          + " whose "
          + field
          + " does not fit precision "
          + precision
          + " and scale "
          + scale;
    }
  }

  /** Rows using a picklist value (before removing it). */
  record RowsUsingPicklistValue(String entity, String field, String value) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " が「" + value + "」の件数";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " where " + field + " is \"" + value + "\"";
    }
  }

  /** Rows with more than one value in a multipicklist (before making it a single picklist). */
  record RowsWithSeveralValues(String entity, String field) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + "." + field + " に複数の値がある件数";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " with more than one value in " + field;
    }
  }

  /** The number of rows of an entity (before deleting it). */
  record RowCount(String entity) implements DataCheck {
    @Override
    public String describeJa() {
      return entity + " のレコード件数（アーカイブされます）";
    }

    @Override
    public String describeEn() {
      return "rows of " + entity + " (to be archived)";
    }
  }
}
