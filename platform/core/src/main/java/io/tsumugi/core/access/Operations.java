package io.tsumugi.core.access;

/** The Japanese words of the operations permission sets control. */
final class Operations {

  private Operations() {}

  static String ja(String operation) {
    return switch (operation) {
      case "create" -> "作成";
      case "read" -> "参照";
      case "update" -> "変更";
      case "delete" -> "削除";
      case "import" -> "インポート";
      case "export" -> "エクスポート";
      default -> operation;
    };
  }
}
