package io.tsumugi.metadata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a JSON Pointer into words a person understands, in Japanese and English: {@code
 * /entities/2/fields/5/type} becomes 「エンティティ「lead」の項目「score」の type」 and {@code entity "lead", field
 * "score", type}. Array elements are named by their {@code name} (or {@code value}) when the
 * document has one.
 *
 * @param ja the Japanese description
 * @param en the English description
 */
public record Where(String ja, String en) {

  private static final Map<String, String[]> CONTAINERS =
      Map.ofEntries(
          Map.entry("entities", new String[] {"エンティティ", "entity"}),
          Map.entry("fields", new String[] {"項目", "field"}),
          Map.entry("rules", new String[] {"入力規則", "rule"}),
          Map.entry("listViews", new String[] {"リストビュー", "list view"}),
          Map.entry("picklists", new String[] {"選択リスト", "picklist set"}),
          Map.entry("values", new String[] {"選択肢", "value"}),
          Map.entry("sections", new String[] {"セクション", "section"}),
          Map.entry("relatedLists", new String[] {"関連リスト", "related list"}),
          Map.entry("columns", new String[] {"列", "column"}),
          Map.entry("sort", new String[] {"並び順", "sort key"}),
          Map.entry("filters", new String[] {"絞り込み条件", "filter"}),
          Map.entry("include", new String[] {"include", "include"}),
          Map.entry("permissionSets", new String[] {"権限セット", "permission set"}),
          Map.entry("sharingRules", new String[] {"共有ルール", "sharing rule"}));

  private static final Map<String, String[]> OBJECTS =
      Map.of(
          "security", new String[] {"セキュリティ", "security"},
          "visibility", new String[] {"既定の公開範囲", "visibility"},
          "form", new String[] {"フォームレイアウト", "form layout"},
          "detail", new String[] {"詳細レイアウト", "detail layout"},
          "layouts", new String[] {"", ""},
          "options", new String[] {"オプション", "options"});

  private static final Map<String, String> PROPERTIES_JA =
      Map.ofEntries(
          Map.entry("name", "名前"),
          Map.entry("id", "ID"),
          Map.entry("label", "ラベル"),
          Map.entry("pluralLabel", "複数形のラベル"),
          Map.entry("description", "説明"),
          Map.entry("help", "ヘルプ"),
          Map.entry("type", "型"),
          Map.entry("field", "項目"),
          Map.entry("entity", "エンティティ"),
          Map.entry("value", "値"),
          Map.entry("expression", "式"),
          Map.entry("message", "メッセージ"),
          Map.entry("default", "既定値"),
          Map.entry("nameField", "レコード名の項目"),
          Map.entry("pipelineField", "パイプラインの項目"),
          Map.entry("version", "バージョン"),
          Map.entry("namespace", "名前空間"),
          Map.entry("icon", "アイコン"),
          Map.entry("required", "必須"),
          Map.entry("unique", "一意"),
          Map.entry("sortable", "並べ替え可"),
          Map.entry("filterable", "絞り込み可"),
          Map.entry("searchable", "検索対象"),
          Map.entry("maxLength", "最大長"),
          Map.entry("pattern", "正規表現"),
          Map.entry("min", "最小値"),
          Map.entry("max", "最大値"),
          Map.entry("precision", "全体の桁数"),
          Map.entry("scale", "小数点以下の桁数"),
          Map.entry("currencyCode", "通貨コード"),
          Map.entry("target", "参照先"),
          Map.entry("onDelete", "削除時の動作"),
          Map.entry("valueSet", "共通選択リスト"),
          Map.entry("childEntity", "集計元エンティティ"),
          Map.entry("childField", "集計元の参照項目"),
          Map.entry("summarizedField", "集計する項目"),
          Map.entry("filter", "絞り込み条件"),
          Map.entry("resultType", "結果の型"),
          Map.entry("operator", "演算子"));

  /** Describes {@code pointer} inside {@code root} (either may be null or empty). */
  public static Where of(JsonNode root, String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return new Where("ドキュメント", "the document");
    }
    List<String> ja = new ArrayList<>();
    List<String> en = new ArrayList<>();
    JsonNode node = root;
    String[] segments = pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String seg = unescape(segments[i]);
      JsonNode child = node == null ? null : node.isArray() ? index(node, seg) : node.get(seg);
      boolean nextIsIndex = i + 1 < segments.length && segments[i + 1].matches("\\d+");
      if (CONTAINERS.containsKey(seg) && nextIsIndex) {
        int idx = Integer.parseInt(segments[i + 1]);
        JsonNode element = child == null ? null : child.get(idx);
        String name = elementName(seg, element);
        String[] words = CONTAINERS.get(seg);
        if (name != null) {
          ja.add(words[0] + "「" + name + "」");
          en.add(words[1] + " \"" + name + "\"");
        } else {
          ja.add(words[0] + "（" + (idx + 1) + " 番目）");
          en.add(words[1] + " #" + (idx + 1));
        }
        node = element;
        i++;
      } else if (OBJECTS.containsKey(seg)) {
        String[] words = OBJECTS.get(seg);
        if (!words[0].isEmpty()) {
          ja.add(words[0]);
          en.add(words[1]);
        }
        node = child;
      } else {
        String word = PROPERTIES_JA.get(seg);
        ja.add(word == null ? "「" + seg + "」" : word + "（" + seg + "）");
        en.add(seg);
        node = child;
      }
    }
    return new Where(String.join("の", ja), String.join(", ", en));
  }

  private static JsonNode index(JsonNode array, String seg) {
    return seg.matches("\\d+") ? array.get(Integer.parseInt(seg)) : null;
  }

  private static String elementName(String container, JsonNode element) {
    if (element == null) {
      return null;
    }
    if (element.isTextual()) {
      return element.asText();
    }
    String key =
        switch (container) {
          case "values" -> "value";
          case "sort", "filters" -> "field";
          case "relatedLists" -> "entity";
          default -> "name";
        };
    {
      JsonNode v = element.get(key);
      if (v != null && v.isTextual() && !v.asText().isEmpty() && v.asText().length() <= 80) {
        return v.asText();
      }
    }
    return null;
  }

  private static String unescape(String s) {
    return s.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes one JSON Pointer segment. */
  public static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }
}
