package io.tsumugi.core.records;

import io.tsumugi.metadata.model.FieldDef;
import java.math.BigDecimal;

/** The ja/en messages of field errors; each names the field by its label and API name. */
final class Messages {

  private Messages() {}

  private static String ja(FieldDef f) {
    return "「" + f.label().ja() + "」（" + f.name() + "）";
  }

  private static String en(FieldDef f) {
    return "\"" + f.label().en() + "\" (" + f.name() + ")";
  }

  static FieldError of(FieldDef f, String code, String ja, String en) {
    return new FieldError(f.name(), code, ja(f) + ja, en(f) + en);
  }

  static FieldError invalidType(FieldDef f) {
    return of(
        f, "value.invalidType", "の値の形式が正しくありません。", ": the value is not a valid " + f.type() + ".");
  }

  static FieldError required(FieldDef f) {
    return of(f, "value.required", "は必須です。", " is required.");
  }

  static FieldError tooLong(FieldDef f, int max) {
    return of(
        f,
        "value.tooLong",
        "は " + max + " 文字以内で入力してください。",
        " must be at most " + max + " characters.");
  }

  static FieldError belowMin(FieldDef f, BigDecimal min) {
    return of(
        f,
        "value.belowMin",
        "は " + min.toPlainString() + " 以上にしてください。",
        " must be at least " + min.toPlainString() + ".");
  }

  static FieldError aboveMax(FieldDef f, BigDecimal max) {
    return of(
        f,
        "value.aboveMax",
        "は " + max.toPlainString() + " 以下にしてください。",
        " must be at most " + max.toPlainString() + ".");
  }

  static FieldError digits(FieldDef f, int precision, int scale) {
    return of(
        f,
        "value.digits",
        "は整数部 " + (precision - scale) + " 桁・小数部 " + scale + " 桁以内にしてください。",
        " must have at most " + (precision - scale) + " integer and " + scale + " decimal digits.");
  }

  static FieldError pattern(FieldDef f) {
    if (f.options().patternMessage() != null) {
      return of(
          f,
          "value.pattern",
          ": " + f.options().patternMessage().ja(),
          ": " + f.options().patternMessage().en());
    }
    return of(f, "value.pattern", "の形式が正しくありません。", " does not have the expected format.");
  }

  static FieldError phone(FieldDef f) {
    return of(f, "phone.invalid", "は有効な電話番号ではありません。", " is not a valid phone number.");
  }

  static FieldError postal(FieldDef f) {
    return of(
        f,
        "postal.invalid",
        "は 7 桁の郵便番号（例: 123-4567）で入力してください。",
        " must be a 7-digit postal code such as 123-4567.");
  }

  static FieldError email(FieldDef f) {
    return of(f, "email.invalid", "は有効なメールアドレスではありません。", " is not a valid email address.");
  }

  static FieldError url(FieldDef f) {
    return of(
        f,
        "url.invalid",
        "は http:// または https:// で始まる URL にしてください。",
        " must be a URL starting with http:// or https://.");
  }

  static FieldError picklist(FieldDef f, Object v) {
    return of(
        f,
        "picklist.invalidValue",
        "に「" + v + "」は選べません。",
        ": \"" + v + "\" is not one of the choices.");
  }

  static FieldError notUnique(FieldDef f) {
    return of(
        f,
        "value.notUnique",
        "の値は既に他のレコードで使われています。",
        ": this value is already used by another record.");
  }

  static FieldError lookupMissing(FieldDef f) {
    return of(
        f, "lookup.notFound", "で参照しているレコードが見つかりません。", ": the referenced record does not exist.");
  }

  static FieldError notWritable(FieldDef f) {
    return of(f, "field.notWritable", "は自動で計算されるため入力できません。", " is computed and cannot be set.");
  }
}
