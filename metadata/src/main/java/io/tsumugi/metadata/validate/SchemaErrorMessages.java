package io.tsumugi.metadata.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Maps networknt errors to {@link MetadataProblem}s with our own Japanese and English messages per
 * keyword (networknt's bundled Japanese messages are literal translations that do not say where the
 * problem is). Patterns we know (API names, ids, versions, colours...) get their own codes.
 */
final class SchemaErrorMessages {

  static final String API_NAME_PATTERN = "^[a-z][a-z0-9_]{0,39}$";

  private static final Map<String, String[]> PATTERNS =
      Map.of(
          API_NAME_PATTERN,
          new String[] {
            "name.invalid",
            "半角英小文字で始め、半角英小文字・数字・アンダースコア（_）だけで 40 文字以内にしてください",
            "start with a lower-case letter and use only lower-case letters, digits and underscores,"
                + " 40 characters at most"
          },
          "^[a-z0-9][a-z0-9_.-]{0,63}$",
          new String[] {
            "id.invalid",
            "半角英小文字・数字・_ . - の 64 文字以内にしてください",
            "use lower-case letters, digits, _ . - only, 64 characters at most"
          },
          "^[a-z][a-z0-9]{1,19}$",
          new String[] {
            "namespace.invalid",
            "半角英小文字で始まる 2〜20 文字の英小文字・数字にしてください",
            "use 2 to 20 lower-case letters or digits, starting with a letter"
          },
          "^#[0-9a-fA-F]{6}$",
          new String[] {"color.invalid", "#rrggbb の形式で指定してください", "use the form #rrggbb"},
          "^[A-Z]{3}$",
          new String[] {
            "currency.invalid",
            "ISO 4217 の 3 文字の通貨コード（例: JPY）にしてください",
            "use a three-letter ISO 4217 code such as JPY"
          },
          "^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$",
          new String[] {
            "picklist.valueInvalid",
            "半角英数字で始め、英数字・_ . - だけで 80 文字以内にしてください",
            "start with a letter or digit and use only letters, digits, _ . -, 80 characters at most"
          });

  private final JsonNode root;
  private final String basePath;

  SchemaErrorMessages(JsonNode root, String basePath) {
    this.root = root;
    this.basePath = basePath;
  }

  MetadataProblem toProblem(Error e) {
    String local = pointer(e.getInstanceLocation());
    String path = basePath + local;
    Where w = Where.of(root, local);
    JsonNode instance = e.getInstanceNode();
    JsonNode schemaNode = e.getSchemaNode();
    String keyword = e.getKeyword() == null ? "unknown" : e.getKeyword();
    switch (keyword) {
      case "required" -> {
        String prop = e.getProperty();
        return MetadataProblem.error(
            path + "/" + Where.escape(prop),
            "schema.required",
            w.ja() + "に必須の「" + prop + "」がありません。",
            w.en() + ": the required property \"" + prop + "\" is missing.");
      }
      case "additionalProperties" -> {
        String prop = e.getProperty();
        return MetadataProblem.error(
            path + "/" + Where.escape(prop),
            "schema.additionalProperties",
            w.ja() + "の「" + prop + "」は定義されていないプロパティです（綴りや項目の型を確認してください）。",
            w.en()
                + ": \""
                + prop
                + "\" is not a known property here (check the spelling and the"
                + " field type).");
      }
      case "type" -> {
        String expected = schemaNode == null ? "?" : typeList(schemaNode);
        return MetadataProblem.error(
            path,
            "schema.type",
            w.ja()
                + "は"
                + typeJa(expected)
                + "で指定してください（"
                + typeJa(jsonType(instance))
                + "になっています）。",
            w.en() + " must be " + expected + ", not " + jsonType(instance) + ".");
      }
      case "enum" -> {
        String allowed = listOf(schemaNode);
        return MetadataProblem.error(
            path,
            "schema.enum",
            w.ja() + "の値 " + show(instance) + " は使えません。使える値: " + allowed,
            w.en() + ": " + show(instance) + " is not allowed; use one of: " + allowed + ".");
      }
      case "const" -> {
        return MetadataProblem.error(
            path,
            local.equals("/$schema") ? "document.wrongSchema" : "schema.const",
            w.ja() + "は " + show(schemaNode) + " にしてください（" + show(instance) + " になっています）。",
            w.en() + " must be " + show(schemaNode) + ", not " + show(instance) + ".");
      }
      case "pattern" -> {
        return pattern(path, w, instance, schemaNode == null ? "" : schemaNode.asText());
      }
      case "minLength" -> {
        int n = schemaNode == null ? 1 : schemaNode.asInt();
        return n <= 1
            ? MetadataProblem.error(
                path, "schema.minLength", w.ja() + "が空です。", w.en() + " must not be empty.")
            : MetadataProblem.error(
                path,
                "schema.minLength",
                w.ja() + "は " + n + " 文字以上にしてください。",
                w.en() + " must be at least " + n + " characters long.");
      }
      case "maxLength" -> {
        int n = schemaNode == null ? 0 : schemaNode.asInt();
        int len =
            instance == null ? 0 : instance.asText().codePointCount(0, instance.asText().length());
        return MetadataProblem.error(
            path,
            "schema.maxLength",
            w.ja() + "は " + n + " 文字以内にしてください（現在 " + len + " 文字）。",
            w.en() + " must be at most " + n + " characters long (it has " + len + ").");
      }
      case "maxItems" -> {
        int n = schemaNode == null ? 0 : schemaNode.asInt();
        int size = instance == null ? 0 : instance.size();
        return MetadataProblem.error(
            path,
            "schema.maxItems",
            w.ja() + "は " + n + " 件までです（現在 " + size + " 件）。",
            w.en() + " may hold at most " + n + " items (it has " + size + ").");
      }
      case "minItems" -> {
        int n = schemaNode == null ? 0 : schemaNode.asInt();
        return MetadataProblem.error(
            path,
            "schema.minItems",
            w.ja() + "には少なくとも " + n + " 件必要です。",
            w.en() + " needs at least " + n + " item" + (n == 1 ? "" : "s") + ".");
      }
      case "minimum", "maximum" -> {
        boolean min = keyword.equals("minimum");
        String n = schemaNode == null ? "?" : schemaNode.asText();
        return MetadataProblem.error(
            path,
            "schema." + keyword,
            w.ja() + "は " + n + (min ? " 以上" : " 以下") + "にしてください（" + show(instance) + " になっています）。",
            w.en()
                + " must be "
                + (min ? "at least " : "at most ")
                + n
                + ", not "
                + show(instance)
                + ".");
      }
      default -> {
        return MetadataProblem.error(
            path,
            "schema." + keyword,
            w.ja() + "がスキーマに合いません: " + e.getMessage(),
            w.en() + " does not match the schema: " + e.getMessage());
      }
    }
  }

  private MetadataProblem pattern(String path, Where w, JsonNode instance, String regex) {
    String[] known = PATTERNS.get(regex);
    if (known != null) {
      return MetadataProblem.error(
          path,
          known[0],
          w.ja() + "の " + show(instance) + " は使えません。" + known[1] + "。",
          w.en() + ": " + show(instance) + " is not allowed; " + known[2] + ".");
    }
    if (path.endsWith("/version")) {
      return MetadataProblem.error(
          path,
          "version.invalid",
          w.ja() + "の " + show(instance) + " はセマンティックバージョン（例: 1.2.0）ではありません。",
          w.en() + ": " + show(instance) + " is not a semantic version such as 1.2.0.");
    }
    if (path.contains("/include/")) {
      return MetadataProblem.error(
          path,
          "include.invalid",
          w.ja()
              + "の "
              + show(instance)
              + " は使えません。entities/<名前>.json か picklists/<名前>.json にしてください。",
          w.en()
              + ": "
              + show(instance)
              + " is not allowed; use entities/<name>.json or picklists/<name>.json.");
    }
    return MetadataProblem.error(
        path,
        "schema.pattern",
        w.ja() + "の " + show(instance) + " は形式 " + regex + " に合いません。",
        w.en() + ": " + show(instance) + " does not match " + regex + ".");
  }

  static String pointer(NodePath p) {
    if (p == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.getNameCount(); i++) {
      Object el = p.getElement(i);
      sb.append('/')
          .append(el instanceof Integer ? el.toString() : Where.escape(String.valueOf(el)));
    }
    return sb.toString();
  }

  private static String typeList(JsonNode schemaNode) {
    if (schemaNode.isArray()) {
      List<String> out = new ArrayList<>();
      schemaNode.forEach(t -> out.add(t.asText()));
      return String.join(" or ", out);
    }
    return schemaNode.asText();
  }

  private static String typeJa(String types) {
    return types
        .replace(" or ", "または")
        .replace("string", "文字列")
        .replace("integer", "整数")
        .replace("number", "数値")
        .replace("boolean", "true/false")
        .replace("object", "オブジェクト")
        .replace("array", "配列");
  }

  private static String jsonType(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    } else if (n.isTextual()) {
      return "string";
    } else if (n.isIntegralNumber()) {
      return "integer";
    } else if (n.isNumber()) {
      return "number";
    } else if (n.isBoolean()) {
      return "boolean";
    } else if (n.isArray()) {
      return "array";
    }
    return "object";
  }

  private static String listOf(JsonNode n) {
    if (n == null || !n.isArray()) {
      return "?";
    }
    List<String> out = new ArrayList<>();
    n.forEach(v -> out.add(v.asText()));
    return String.join(", ", out);
  }

  static String show(JsonNode n) {
    if (n == null) {
      return "null";
    }
    String s = n.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
