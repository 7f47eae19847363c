package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.Operator;
import io.tsumugi.rest.problem.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the API's filter JSON ({@code {"and":[...]}}, {@code {"or":[...]}}, {@code {"not":{...}}}
 * or a condition {@code {"field":"name","op":"contains","value":"商事"}}) into the query service's
 * filter. Shape errors name the JSON path; whether a field may be filtered is the query service's
 * decision (422 with its ja/en reasons).
 */
final class FilterJson {

  private static final int MAX_DEPTH = 10;
  private static final Map<String, Operator> OPERATORS =
      Map.ofEntries(
          Map.entry("eq", Operator.EQ),
          Map.entry("ne", Operator.NE),
          Map.entry("lt", Operator.LT),
          Map.entry("le", Operator.LE),
          Map.entry("gt", Operator.GT),
          Map.entry("ge", Operator.GE),
          Map.entry("between", Operator.BETWEEN),
          Map.entry("in", Operator.IN),
          Map.entry("contains", Operator.CONTAINS),
          Map.entry("startsWith", Operator.STARTS_WITH),
          Map.entry("isNull", Operator.IS_NULL),
          Map.entry("isNotNull", Operator.IS_NOT_NULL));

  private FilterJson() {}

  static Filter parse(JsonNode json) {
    return parse(json, "$", 0);
  }

  private static Filter parse(JsonNode json, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw invalid(
          path, "入れ子が深すぎます（最大 " + MAX_DEPTH + "）。", "nested too deeply (max " + MAX_DEPTH + ").");
    }
    if (json == null || !json.isObject()) {
      throw invalid(path, "オブジェクトを指定してください。", "must be an object.");
    }
    if (json.has("and") || json.has("or")) {
      String key = json.has("and") ? "and" : "or";
      JsonNode items = json.get(key);
      if (!items.isArray() || items.isEmpty()) {
        throw invalid(path + "." + key, "空でない配列を指定してください。", "must be a non-empty array.");
      }
      List<Filter> filters = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        filters.add(parse(items.get(i), path + "." + key + "[" + i + "]", depth + 1));
      }
      return key.equals("and") ? new Filter.And(filters) : new Filter.Or(filters);
    }
    if (json.has("not")) {
      return new Filter.Not(parse(json.get("not"), path + ".not", depth + 1));
    }
    return condition(json, path);
  }

  private static Filter condition(JsonNode json, String path) {
    JsonNode field = json.get("field");
    JsonNode op = json.get("op");
    if (field == null || !field.isTextual() || op == null || !op.isTextual()) {
      throw invalid(
          path,
          "and / or / not、または field と op を持つ条件を指定してください。",
          "must be and / or / not, or a condition with field and op.");
    }
    Operator operator = OPERATORS.get(op.asText());
    if (operator == null) {
      throw invalid(
          path + ".op",
          "演算子「" + safe(op.asText()) + "」はありません。使えるもの: " + OPERATORS.keySet(),
          "unknown operator \"" + safe(op.asText()) + "\"; use one of " + OPERATORS.keySet());
    }
    return new Filter.Condition(field.asText(), operator, values(json.get("value")));
  }

  private static List<Object> values(JsonNode value) {
    List<Object> values = new ArrayList<>();
    if (value == null || value.isNull()) {
      return values;
    }
    if (value.isArray()) {
      value.forEach(v -> values.add(scalar(v)));
    } else {
      values.add(scalar(value));
    }
    return values;
  }

  private static Object scalar(JsonNode v) {
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    return v.asText();
  }

  private static ApiException invalid(String path, String ja, String en) {
    return ApiException.badRequest(
        "filter.invalid", "フィルタ " + path + ": " + ja, "filter " + path + ": " + en);
  }

  private static String safe(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text.replaceAll("[\\p{Cntrl}]", "?");
  }
}
