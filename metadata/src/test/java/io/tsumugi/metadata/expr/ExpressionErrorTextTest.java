package io.tsumugi.metadata.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real CEL errors, compiled from bad expressions on a property entity, read in Japanese. */
class ExpressionErrorTextTest {

  static final ExpressionCompiler PROPERTY = new ExpressionCompiler(variables());

  static Map<String, ExprType> variables() {
    Map<String, ExprType> v = new LinkedHashMap<>();
    v.put("name", ExprType.STRING);
    v.put("rent", ExprType.DOUBLE);
    v.put("rooms", ExprType.INT);
    v.put("pets_ok", ExprType.BOOL);
    v.put("built_on", ExprType.TIMESTAMP);
    v.put("features", ExprType.STRING_LIST);
    return v;
  }

  static List<String> ja(String expression) {
    return PROPERTY.compile(expression).errors().stream().map(ExpressionErrorText::ja).toList();
  }

  static List<String> ja(String expression, ExprType expected) {
    return PROPERTY.compile(expression, expected).errors().stream()
        .map(ExpressionErrorText::ja)
        .toList();
  }

  @Test
  void anUnknownNameIsNamedAsAMissingField() {
    assertThat(ja("salary > 1")).containsExactly("1 行 1 列目: 「salary」という項目はありません");
  }

  @Test
  void anOperatorOnTheWrongTypesNamesTheOperatorAndTheTypesInJapanese() {
    assertThat(ja("name > 1")).containsExactly("1 行 6 列目: 演算子「>」は 文字列 と 整数 の組み合わせには使えません");
    assertThat(ja("rent == 5")).containsExactly("1 行 6 列目: 演算子「==」は 数値 と 整数 の組み合わせには使えません");
    assertThat(ja("built_on > 3")).containsExactly("1 行 10 列目: 演算子「>」は 日時 と 整数 の組み合わせには使えません");
    assertThat(ja("features + 'x'"))
        .containsExactly("1 行 10 列目: 演算子「+」は 文字列の一覧 と 文字列 の組み合わせには使えません");
    assertThat(ja("!name")).containsExactly("1 行 1 列目: 演算子「!」は 文字列 には使えません");
    assertThat(ja("pets_ok && 1")).containsExactly("1 行 9 列目: 演算子「&&」は 真偽値 と 整数 の組み合わせには使えません");
    assertThat(ja("rent in name")).containsExactly("1 行 6 列目: 演算子「in」は 数値 と 文字列 の組み合わせには使えません");
    assertThat(ja("present[1]"))
        .containsExactly("1 行 8 列目: 演算子「[ ]」は 文字列から真偽値への対応表 と 整数 の組み合わせには使えません");
  }

  @Test
  void aFunctionOnTheWrongTypeNamesTheFunction() {
    assertThat(ja("size(rent)")).containsExactly("1 行 5 列目: 関数「size」は 数値 には使えません");
    assertThat(ja("name.startsWith(1)"))
        .containsExactly("1 行 16 列目: 関数「startsWith」は 文字列 に 整数 を渡しては使えません");
    assertThat(ja("name.contains()")).containsExactly("1 行 14 列目: 関数「contains」は 文字列 に引数なしでは使えません");
  }

  @Test
  void aConditionalSaysWhichPartIsWrong() {
    assertThat(ja("name ? 1 : 2"))
        .containsExactly("1 行 6 列目: 「? :」の「?」の前は真偽値の条件にしてください（文字列 になっています）");
    assertThat(ja("pets_ok ? 1 : 'a'"))
        .containsExactly("1 行 9 列目: 「? :」の「:」の両側は同じ種類の値にしてください（整数 と 文字列）");
  }

  @Test
  void syntaxErrorsSayWhereTheyAre() {
    assertThat(ja("rent >")).containsExactly("1 行 7 列目: 式の書き方に誤りがあります（式の終わりの近く）");
    assertThat(ja("rent > 0 )")).containsExactly("1 行 10 列目: 式の書き方に誤りがあります（「)」の近く）");
    assertThat(ja("(rent > 0")).containsExactly("1 行 10 列目: 「)」が足りません（式の終わりの近く）");
    assertThat(ja("rent ++ 2")).containsExactly("1 行 7 列目: 式の書き方に誤りがあります（「+」の近く）");
    assertThat(ja("rent >= 0.0 &&& pets_ok")).containsExactly("1 行 15 列目: 式に使えない文字があります（「&」）");
    assertThat(ja("name == 'a"))
        .containsExactly(
            "1 行 9 列目: 文字列の引用符が閉じていません（「'a」の近く）", "1 行 11 列目: 式の書き方に誤りがあります（式の終わりの近く）");
  }

  @Test
  void theWrongResultTypeNamesBothTypesInJapanese() {
    assertThat(ja("rooms", ExprType.BOOL)).containsExactly("式の結果が 整数 になります。真偽値 になる式にしてください。");
    assertThat(ja("built_on", ExprType.STRING)).containsExactly("式の結果が 日時 になります。文字列 になる式にしてください。");
    assertThat(ja("features", ExprType.BOOL))
        .containsExactly("式の結果が 文字列の一覧 になります。真偽値 になる式にしてください。");
  }

  @Test
  void limitsAndEmptyExpressionsAreInJapanese() {
    assertThat(ja(" ")).containsExactly("式が空です");
    assertThat(ja("1".repeat(ExpressionCompiler.MAX_LENGTH + 1)))
        .containsExactly("式が長すぎます（4000 文字まで）");
    assertThat(ja("(".repeat(70) + "1" + ")".repeat(70)))
        .containsExactly("1 行 1 列目: 式の入れ子が深すぎます（64 段まで）");
    assertThat(ja("rent.amount")).containsExactly("1 行 5 列目: 数値 から「.」で項目を取り出すことはできません");
  }

  @Test
  void anUnknownMessageKeepsCelsEnglishAfterAJapaneseLeadIn() {
    assertThat(ExpressionErrorText.ja("something new in CEL 0.9"))
        .isEqualTo("CEL のエラー（英語）: something new in CEL 0.9");
    assertThat(ExpressionErrorText.ja("Syntax error: mismatched input 'x' expecting <EOF>"))
        .isEqualTo("式の書き方に誤りがあります（「x」の近く）");
  }

  @Test
  void englishPagesKeepCelsText() {
    ExpressionError e = PROPERTY.compile("salary > 1").errors().get(0);
    assertThat(ExpressionErrorText.of(e, false))
        .isEqualTo("1:1: undeclared reference to 'salary' (in container '')");
    assertThat(ExpressionErrorText.of(e, true)).isEqualTo("1 行 1 列目: 「salary」という項目はありません");
  }

  static String failure(String expression, boolean japanese) {
    Compilation c = PROPERTY.compile(expression);
    try {
      ExpressionEvaluator.evaluate(
          c.compiled(),
          Map.of("rooms", 3L, "name", "3LDK", "rent", 1e30, "features", List.of("ペット可")));
    } catch (ExpressionEvaluationException e) {
      return ExpressionErrorText.evaluation(e.celMessage(), japanese);
    }
    throw new AssertionError(expression + " evaluated");
  }

  @Test
  void evaluationFailuresOnARealRecordAreToldInJapaneseWithTheirPlace() {
    assertThat(failure("rooms / 0", true)).isEqualTo("7 文字目: 0 で割っています");
    assertThat(failure("rooms % 0", true)).isEqualTo("7 文字目: 0 で割っています");
    assertThat(failure("rooms * 9223372036854775807", true))
        .isEqualTo("7 文字目: 整数の計算結果が扱える範囲を超えました");
    assertThat(failure("int(name)", true)).isEqualTo("4 文字目: 「3LDK」は数値に変換できません");
    assertThat(failure("features[5]", true)).isEqualTo("9 文字目: 一覧に 5 番目の要素はありません（0 から数えます）");
    assertThat(failure("int(rent)", true)).isEqualTo("4 文字目: 数値が整数の範囲を超えているため整数にできません");
    assertThat(failure("timestamp(name)", true)).startsWith("10 文字目: 日時に変換できません");
    assertThat(failure("rooms / 0", false)).isEqualTo("evaluation error at <input>:6: / by zero");
  }
}
