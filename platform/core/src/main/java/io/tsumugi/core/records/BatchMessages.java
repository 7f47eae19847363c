package io.tsumugi.core.records;

/** The ja/en texts of batch refusals that are not about a field's value. */
final class BatchMessages {

  private BatchMessages() {}

  static FieldError idMissing() {
    return new FieldError(
        "id", "record.idMissing", "更新するレコードの id がありません。", "The record to update has no id.");
  }

  static FieldError notFound(String entity, long id) {
    return new FieldError(
        "id",
        "record.notFound",
        entity + " のレコード " + id + " は見つかりません。",
        "There is no " + entity + " record " + id + ".");
  }
}
