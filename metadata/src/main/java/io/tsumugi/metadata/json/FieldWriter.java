package io.tsumugi.metadata.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.PicklistValue;
import java.math.BigDecimal;
import java.util.List;

/** Writes fields, their options and values as JSON (part of {@link PackageWriter}). */
final class FieldWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FieldWriter() {}

  static ObjectNode field(FieldDef f) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "id", f.id());
    JsonOut.putText(n, "name", f.name());
    JsonOut.putLocalized(n, "label", f.label());
    JsonOut.putLocalized(n, "help", f.help());
    if (f.type() != null) {
      n.put("type", f.type().jsonName());
    }
    JsonOut.flag(n, "required", f.required());
    JsonOut.flag(n, "unique", f.unique());
    if (f.defaultValue() != null) {
      n.set("default", value(f.defaultValue()));
    }
    JsonOut.flag(n, "readOnly", f.readOnly());
    JsonOut.flag(n, "trackHistory", f.trackHistory());
    JsonOut.flag(n, "filterable", f.filterable());
    JsonOut.flag(n, "sortable", f.sortable());
    JsonOut.flag(n, "searchable", f.searchable());
    ObjectNode options = options(f.options());
    if (!options.isEmpty()) {
      n.set("options", options);
    }
    return n;
  }

  static ObjectNode options(FieldOptions o) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putInt(n, "maxLength", o.maxLength());
    JsonOut.putText(n, "pattern", o.pattern());
    JsonOut.putLocalized(n, "patternMessage", o.patternMessage());
    JsonOut.putDecimal(n, "min", o.min());
    JsonOut.putDecimal(n, "max", o.max());
    JsonOut.putInt(n, "precision", o.precision());
    JsonOut.putInt(n, "scale", o.scale());
    JsonOut.putText(n, "currencyCode", o.currencyCode());
    if (o.values() != null) {
      ArrayNode values = n.putArray("values");
      o.values().forEach(v -> values.add(picklistValue(v)));
    }
    JsonOut.putText(n, "valueSet", o.valueSet());
    if (o.restricted() != null) {
      n.put("restricted", o.restricted());
    }
    JsonOut.putText(n, "target", o.target());
    if (o.onDelete() != null) {
      n.put("onDelete", o.onDelete().jsonName());
    }
    JsonOut.putLocalized(n, "relatedListLabel", o.relatedListLabel());
    if (o.relatedListColumns() != null) {
      ArrayNode columns = n.putArray("relatedListColumns");
      o.relatedListColumns().forEach(columns::add);
    }
    JsonOut.putText(n, "prefix", o.prefix());
    JsonOut.putInt(n, "width", o.width());
    JsonOut.putText(n, "expression", o.expression());
    if (o.resultType() != null) {
      n.put("resultType", o.resultType().jsonName());
    }
    if (o.function() != null) {
      n.put("function", o.function().jsonName());
    }
    JsonOut.putText(n, "childEntity", o.childEntity());
    JsonOut.putText(n, "childField", o.childField());
    JsonOut.putText(n, "summarizedField", o.summarizedField());
    JsonOut.putText(n, "filter", o.filter());
    return n;
  }

  static ObjectNode picklistValue(PicklistValue v) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "value", v.value());
    JsonOut.putLocalized(n, "label", v.label());
    JsonOut.putInt(n, "order", v.order());
    JsonOut.putText(n, "color", v.color());
    if (!v.active()) {
      n.put("active", false);
    }
    return n;
  }

  static JsonNode value(Object v) {
    if (v instanceof String s) {
      return NODES.textNode(s);
    } else if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    } else if (v instanceof Number num) {
      return NODES.numberNode(new BigDecimal(num.toString()));
    } else if (v instanceof List<?> list) {
      ArrayNode arr = NODES.arrayNode();
      list.forEach(x -> arr.add(value(x)));
      return arr;
    }
    return NODES.nullNode();
  }
}
