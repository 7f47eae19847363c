package io.tsumugi.core.query;

import io.tsumugi.core.records.FieldError;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;

/** The ja/en messages of refused queries; each names the field and the reason. */
final class QueryMessages {

  private QueryMessages() {}

  static FieldError unknownField(EntityDef e, String path) {
    String p = safe(path);
    return new FieldError(
        p,
        "query.unknownField",
        "「" + e.label().ja() + "」（" + e.name() + "）に項目「" + p + "」はありません。",
        "\"" + e.label().en() + "\" (" + e.name() + ") has no field \"" + p + "\".");
  }

  static FieldError restrictedLookup(String path, EntityDef target) {
    String p = safe(path);
    return new FieldError(
        p,
        "query.restrictedLookup",
        "「"
            + p
            + "」では絞り込みや並べ替えができません。「"
            + target.label().ja()
            + "」には見られないレコードがあるためです。参照項目そのもの（ID）で絞り込んでください。",
        "\""
            + p
            + "\" cannot be filtered or sorted on: some \""
            + target.label().en()
            + "\" records are not visible to you. Filter on the lookup itself (its id) instead.");
  }

  static FieldError notFilterable(String path, FieldDef f) {
    return of(
        path,
        f,
        "query.notFilterable",
        "では絞り込みできません（一覧で絞り込める項目ではありません）。",
        " cannot be filtered on (it is not a filterable field).");
  }

  static FieldError notSortable(String path, FieldDef f) {
    return of(
        path,
        f,
        "query.notSortable",
        "では並べ替えできません（並べ替えできる項目ではありません）。",
        " cannot be sorted on (it is not a sortable field).");
  }

  static FieldError notLookup(String path, FieldDef f) {
    return of(
        path,
        f,
        "query.notLookup",
        "は参照項目ではないため「." + "」で先の項目をたどれません。",
        " is not a lookup, so no field can follow it after \".\".");
  }

  static FieldError operatorNotApplicable(String path, FieldDef f, Operator op) {
    return of(
        path,
        f,
        "query.operatorNotApplicable",
        "には条件 " + op + " を使えません（" + f.type() + " 型）。",
        ": the condition " + op + " does not apply to a " + f.type() + " field.");
  }

  static FieldError valueCount(String path, FieldDef f, Operator op, int n) {
    return of(
        path,
        f,
        "query.valueCount",
        "の条件 " + op + " に値が " + n + " 個あります（個数が正しくありません）。",
        ": the condition " + op + " does not take " + n + " value(s).");
  }

  static FieldError missingValue(String path, FieldDef f, Operator op) {
    return of(
        path,
        f,
        "query.missingValue",
        "の条件 " + op + " に空の値があります。値がないことは IS_NULL で指定してください。",
        ": the condition " + op + " has an empty value; use IS_NULL to find records without one.");
  }

  static FieldError invalidValue(String path, FieldDef f) {
    return of(
        path,
        f,
        "query.invalidValue",
        "の条件の値が " + f.type() + " 型として読めません。",
        ": a condition value is not a valid " + f.type() + ".");
  }

  static FieldError tooComplex() {
    return new FieldError(
        null,
        "query.tooComplex",
        "条件が複雑すぎます（入れ子 10 段・条件 200 個まで）。",
        "The filter is too complex (at most 10 levels and 200 conditions).");
  }

  static FieldError tooManySortKeys() {
    return new FieldError(
        null, "query.tooManySortKeys", "並べ替えの項目は 5 個までです。", "At most 5 sort keys are allowed.");
  }

  static FieldError pageSize(int size) {
    return new FieldError(
        null,
        "query.pageSize",
        "1 ページの件数は 1〜500 にしてください（指定: " + size + "）。",
        "The page size must be between 1 and 500 (got " + size + ").");
  }

  static FieldError pageNumber(int page) {
    return new FieldError(
        null,
        "query.pageNumber",
        "ページ番号は 1 以上にしてください（指定: " + page + "）。",
        "The page number must be 1 or more (got " + page + ").");
  }

  static FieldError badCursor() {
    return new FieldError(
        null,
        "query.invalidCursor",
        "続きのページの位置（カーソル）が正しくないか、並べ替えが変わりました。最初のページから表示し直してください。",
        "The page cursor is invalid or the sort changed; start again from the first page.");
  }

  static FieldError searchLimit(int limit) {
    return new FieldError(
        null,
        "query.searchLimit",
        "検索の件数は 1〜100 にしてください（指定: " + limit + "）。",
        "The search limit must be between 1 and 100 (got " + limit + ").");
  }

  private static FieldError of(String path, FieldDef f, String code, String ja, String en) {
    String p = safe(path);
    return new FieldError(
        p,
        code,
        "項目「" + f.label().ja() + "」（" + p + "）" + ja,
        "The field \"" + f.label().en() + "\" (" + p + ")" + en);
  }

  /** A field name as received, with anything but letters, digits, '_' and '.' masked. */
  static String safe(String s) {
    if (s == null) {
      return "null";
    }
    String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    return cut.replaceAll("[^\\p{L}\\p{N}_.…]", "?");
  }
}
