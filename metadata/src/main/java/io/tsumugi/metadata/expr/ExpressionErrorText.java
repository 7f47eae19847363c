package io.tsumugi.metadata.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts CEL's compile and type errors (English, see {@link ExpressionError#message()}) into Japanese
 * for administrators, keeping the specifics: the name, the operator, the types (in Japanese: {@code
 * string} 文字列, {@code int} 整数, {@code double} 数値, {@code bool} 真偽値, timestamps 日時, {@code
 * list(string)} 文字列の一覧...) and where a syntax error is. A message it does not know is kept in
 * English after a Japanese lead-in. English pages show CEL's own text.
 */
public final class ExpressionErrorText {

  private static final Pattern UNDECLARED =
      Pattern.compile("undeclared reference to '([^']*)'(?: \\(in container '[^']*'\\))?");
  private static final Pattern NO_OVERLOAD =
      Pattern.compile(
          "found no matching overload for '([^']+)' applied to '(?:(.*?)\\.)?\\((.*?)\\)'.*",
          Pattern.DOTALL);
  private static final Pattern RETURNS =
      Pattern.compile("the expression returns (.+) but (.+) is needed\\.?");
  private static final Pattern NO_SELECTION =
      Pattern.compile("type '([^']+)' does not support field selection");
  private static final Pattern LONGER = Pattern.compile("expression longer than (\\d+) characters");
  private static final Pattern RECURSION =
      Pattern.compile("(?i)expression recursion limit exceeded\\. limit: (\\d+)");
  private static final Pattern MISMATCHED =
      Pattern.compile("(?:mismatched|extraneous) input '(.*?)' expecting.*", Pattern.DOTALL);
  private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*)'");
  private static final Pattern MISSING = Pattern.compile("missing '(.*?)' at '(.*)'");
  private static final Pattern TOKEN = Pattern.compile("token recognition error at: '(.*)'");

  private static final Map<String, String> OPERATORS =
      Map.ofEntries(
          Map.entry("_?_:_", "? :"),
          Map.entry("_[_]", "[ ]"),
          Map.entry("@in", "in"),
          Map.entry("!_", "!"),
          Map.entry("-_", "-"));

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("string", "文字列"),
          Map.entry("int", "整数"),
          Map.entry("uint", "符号なし整数"),
          Map.entry("double", "数値"),
          Map.entry("bool", "真偽値"),
          Map.entry("bytes", "バイト列"),
          Map.entry("null", "null"),
          Map.entry("null_type", "null"),
          Map.entry("dyn", "任意の値"),
          Map.entry("type", "型"),
          Map.entry("timestamp", "日時"),
          Map.entry("google.protobuf.Timestamp", "日時"),
          Map.entry("duration", "期間"),
          Map.entry("google.protobuf.Duration", "期間"),
          Map.entry("list", "一覧"),
          Map.entry("map", "対応表"));

  private ExpressionErrorText() {}

  /** The error in the page's language: {@link #ja(ExpressionError)} or CEL's own text. */
  public static String of(ExpressionError error, boolean japanese) {
    return japanese ? ja(error) : error.toString();
  }

  /** The error in Japanese with its place: "1 行 6 列目: 「foo」という項目はありません". */
  public static String ja(ExpressionError error) {
    String text = ja(error.message());
    return error.line() > 0 ? error.line() + " 行 " + error.column() + " 列目: " + text : text;
  }

  /** One CEL message in Japanese; an unknown one in English after a Japanese lead-in. */
  public static String ja(String message) {
    String m = message == null ? "" : message.strip();
    if (m.startsWith("Syntax error: ")) {
      m = m.substring("Syntax error: ".length());
    }
    Matcher x;
    if ((x = UNDECLARED.matcher(m)).matches()) {
      return "「" + x.group(1) + "」という項目はありません";
    }
    if ((x = NO_OVERLOAD.matcher(m)).matches()) {
      return noOverload(x.group(1), x.group(2), split(x.group(3)));
    }
    if ((x = RETURNS.matcher(m)).matches()) {
      return returns(x.group(1), x.group(2));
    }
    if ((x = NO_SELECTION.matcher(m)).matches()) {
      return type(x.group(1)) + " から「.」で項目を取り出すことはできません";
    }
    if (m.equals("empty expression")) {
      return "式が空です";
    }
    if ((x = LONGER.matcher(m)).matches()) {
      return "式が長すぎます（" + x.group(1) + " 文字まで）";
    }
    if ((x = RECURSION.matcher(m)).matches()) {
      return "式の入れ子が深すぎます（" + x.group(1) + " 段まで）";
    }
    if (m.equals("invalid argument to has() macro")) {
      return "has() の中には「present.項目名」のように「.」でたどる形を書いてください";
    }
    if ((x = MISSING.matcher(m)).matches()) {
      return "「" + x.group(1) + "」が足りません（" + near(x.group(2)) + "）";
    }
    if ((x = MISMATCHED.matcher(m)).matches() || (x = NO_VIABLE.matcher(m)).matches()) {
      return "式の書き方に誤りがあります（" + near(x.group(1)) + "）";
    }
    if ((x = TOKEN.matcher(m)).matches()) {
      String token = x.group(1).strip();
      return token.startsWith("'") || token.startsWith("\"")
          ? "文字列の引用符が閉じていません（「" + token + "」の近く）"
          : "式に使えない文字があります（「" + token + "」）";
    }
    return "CEL のエラー（英語）: " + m;
  }

  private static final Pattern EVALUATION_AT =
      Pattern.compile("evaluation error at <input>:(\\d+): (.*)", Pattern.DOTALL);
  private static final Pattern NOT_A_NUMBER = Pattern.compile("For input string: \"(.*)\"");
  private static final Pattern INDEX = Pattern.compile("Index out of bounds: (-?\\d+)");

  /**
   * Why evaluating failed (a formula preview on a real record), from CEL's message: in Japanese
   * with the character where it failed ("7 文字目: 0 で割っています"), else CEL's own text.
   */
  public static String evaluation(String celMessage, boolean japanese) {
    String m = celMessage == null ? "" : celMessage.strip();
    if (!japanese) {
      return m;
    }
    Matcher at = EVALUATION_AT.matcher(m);
    String place = "";
    if (at.matches()) {
      place = (Integer.parseInt(at.group(1)) + 1) + " 文字目: ";
      m = at.group(2).strip();
    }
    return place + evaluationJa(m);
  }

  private static String evaluationJa(String m) {
    Matcher x;
    if (m.equals("/ by zero")) {
      return "0 で割っています";
    }
    if (m.equals("long overflow")) {
      return "整数の計算結果が扱える範囲を超えました";
    }
    if (m.equals("double is out of range for int")) {
      return "数値が整数の範囲を超えているため整数にできません";
    }
    if ((x = NOT_A_NUMBER.matcher(m)).matches()) {
      return "「" + x.group(1) + "」は数値に変換できません";
    }
    if ((x = INDEX.matcher(m)).matches()) {
      return "一覧に " + x.group(1) + " 番目の要素はありません（0 から数えます）";
    }
    if (m.startsWith("Failed to parse timestamp")) {
      return "日時に変換できません（" + m + "）";
    }
    return "計算中のエラー（英語）: " + m;
  }

  /**
   * The Japanese of "the expression returns {@code actual} but {@code needed} is needed", CEL type
   * names in, Japanese out: "式の結果が 整数 になります。真偽値 になる式にしてください。"
   */
  public static String returns(String actual, String needed) {
    return "式の結果が " + type(actual) + " になります。" + type(needed) + " になる式にしてください。";
  }

  /** A CEL type name in Japanese: {@code list(string)} 文字列の一覧; an unknown one as is. */
  public static String type(String cel) {
    String t = cel.strip();
    int open = t.indexOf('(');
    if (open > 0 && t.endsWith(")")) {
      String outer = t.substring(0, open);
      List<String> args = split(t.substring(open + 1, t.length() - 1));
      if (outer.equals("list") && args.size() == 1) {
        return type(args.get(0)) + "の一覧";
      }
      if (outer.equals("map") && args.size() == 2) {
        return type(args.get(0)) + "から" + type(args.get(1)) + "への対応表";
      }
    }
    return TYPES.getOrDefault(t, t);
  }

  private static String noOverload(String function, String receiver, List<String> args) {
    List<String> types = args.stream().map(ExpressionErrorText::type).toList();
    if (receiver != null) {
      String on = type(receiver);
      return types.isEmpty()
          ? "関数「" + function + "」は " + on + " に引数なしでは使えません"
          : "関数「" + function + "」は " + on + " に " + String.join("、", types) + " を渡しては使えません";
    }
    String operator = operator(function);
    if (function.equals("_?_:_") && types.size() == 3) {
      return args.get(0).equals("bool")
          ? "「? :」の「:」の両側は同じ種類の値にしてください（" + types.get(1) + " と " + types.get(2) + "）"
          : "「? :」の「?」の前は真偽値の条件にしてください（" + types.get(0) + " になっています）";
    }
    String what = operator == null ? "関数「" + function + "」" : "演算子「" + operator + "」";
    return switch (types.size()) {
      case 0 -> what + "はこの形では使えません";
      case 1 -> what + "は " + types.get(0) + " には使えません";
      case 2 -> what + "は " + types.get(0) + " と " + types.get(1) + " の組み合わせには使えません";
      default -> what + "は " + String.join("、", types) + " の組み合わせには使えません";
    };
  }

  /** The operator CEL names {@code _>_}, {@code !_}, {@code @in}...; null for a function. */
  private static String operator(String function) {
    if (OPERATORS.containsKey(function)) {
      return OPERATORS.get(function);
    }
    if (function.length() > 2 && function.startsWith("_") && function.endsWith("_")) {
      return function.substring(1, function.length() - 1);
    }
    return null;
  }

  private static String near(String token) {
    return token.equals("<EOF>") ? "式の終わりの近く" : "「" + token + "」の近く";
  }

  /** Splits "map(string, bool), int" at the top-level commas. */
  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char ch = list.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == ',' && depth == 0) {
        out.add(list.substring(start, i).strip());
        start = i + 1;
      }
    }
    if (!list.isBlank()) {
      out.add(list.substring(start).strip());
    }
    return out;
  }
}
