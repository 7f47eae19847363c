package io.tsumugi.metadata.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a package as one JSON document (the form used by REST export/import and plugins). Reading
 * the output back with {@link PackageReader} gives an equal model. Properties equal to their
 * default (false flags, active values) are left out.
 */
public final class PackageWriter {

  /** {@code $schema} of a package document. */
  public static final String PACKAGE_SCHEMA = "https://tsumugi.io/schema/metadata/package/1.0";

  /** {@code $schema} of an entity document. */
  public static final String ENTITY_SCHEMA = "https://tsumugi.io/schema/metadata/entity/1.0";

  /** {@code $schema} of a global picklist document. */
  public static final String PICKLIST_SCHEMA = "https://tsumugi.io/schema/metadata/picklist/1.0";

  /** The schema version written. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private PackageWriter() {}

  /** Writes the package as a JSON tree. */
  public static ObjectNode toJson(MetadataPackage p) {
    ObjectNode n = NODES.objectNode();
    n.put("$schema", PACKAGE_SCHEMA);
    n.put("schemaVersion", SCHEMA_VERSION);
    putText(n, "namespace", p.namespace());
    putText(n, "version", p.version());
    putLocalized(n, "label", p.label());
    putLocalized(n, "description", p.description());
    ArrayNode entities = n.putArray("entities");
    p.entities().forEach(e -> entities.add(entity(e, false)));
    ArrayNode picklists = n.putArray("picklists");
    p.picklists().forEach(s -> picklists.add(picklistSet(s, false)));
    return n;
  }

  /** Writes the package as pretty-printed JSON text. */
  public static String toJsonString(MetadataPackage p) {
    return pretty(toJson(p));
  }

  /** Pretty-prints a JSON tree. */
  public static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes an entity; with {@code standalone} it carries its own $schema (directory form). */
  public static ObjectNode entity(EntityDef e, boolean standalone) {
    ObjectNode n = NODES.objectNode();
    if (standalone) {
      n.put("$schema", ENTITY_SCHEMA);
      n.put("schemaVersion", SCHEMA_VERSION);
    }
    putText(n, "id", e.id());
    putText(n, "name", e.name());
    putLocalized(n, "label", e.label());
    putLocalized(n, "pluralLabel", e.pluralLabel());
    putLocalized(n, "description", e.description());
    putText(n, "icon", e.icon());
    putText(n, "nameField", e.nameField());
    putText(n, "pipelineField", e.pipelineField());
    if (!e.owned()) {
      n.put("owned", false);
    }
    ArrayNode fields = n.putArray("fields");
    e.fields().forEach(f -> fields.add(field(f)));
    if (!e.rules().isEmpty()) {
      ArrayNode rules = n.putArray("rules");
      e.rules().forEach(r -> rules.add(rule(r)));
    }
    var l = e.layouts();
    if (!l.formSections().isEmpty() || !l.detailSections().isEmpty()) {
      ObjectNode layouts = n.putObject("layouts");
      if (!l.formSections().isEmpty()) {
        sections(layouts.putObject("form"), l.formSections());
      }
      if (!l.detailSections().isEmpty()) {
        ObjectNode detail = layouts.putObject("detail");
        sections(detail, l.detailSections());
        if (!l.relatedLists().isEmpty()) {
          ArrayNode related = detail.putArray("relatedLists");
          l.relatedLists().forEach(r -> related.add(relatedList(r)));
        }
      }
    }
    if (!e.listViews().isEmpty()) {
      ArrayNode views = n.putArray("listViews");
      e.listViews().forEach(v -> views.add(listView(v)));
    }
    return n;
  }

  static ObjectNode field(FieldDef f) {
    ObjectNode n = NODES.objectNode();
    putText(n, "id", f.id());
    putText(n, "name", f.name());
    putLocalized(n, "label", f.label());
    putLocalized(n, "help", f.help());
    if (f.type() != null) {
      n.put("type", f.type().jsonName());
    }
    flag(n, "required", f.required());
    flag(n, "unique", f.unique());
    if (f.defaultValue() != null) {
      n.set("default", value(f.defaultValue()));
    }
    flag(n, "readOnly", f.readOnly());
    flag(n, "trackHistory", f.trackHistory());
    flag(n, "filterable", f.filterable());
    flag(n, "sortable", f.sortable());
    flag(n, "searchable", f.searchable());
    ObjectNode options = options(f.options());
    if (!options.isEmpty()) {
      n.set("options", options);
    }
    return n;
  }

  static ObjectNode options(FieldOptions o) {
    ObjectNode n = NODES.objectNode();
    putInt(n, "maxLength", o.maxLength());
    putText(n, "pattern", o.pattern());
    putLocalized(n, "patternMessage", o.patternMessage());
    putDecimal(n, "min", o.min());
    putDecimal(n, "max", o.max());
    putInt(n, "precision", o.precision());
    putInt(n, "scale", o.scale());
    putText(n, "currencyCode", o.currencyCode());
    if (o.values() != null) {
      ArrayNode values = n.putArray("values");
      o.values().forEach(v -> values.add(picklistValue(v)));
    }
    putText(n, "valueSet", o.valueSet());
    if (o.restricted() != null) {
      n.put("restricted", o.restricted());
    }
    putText(n, "target", o.target());
    if (o.onDelete() != null) {
      n.put("onDelete", o.onDelete().jsonName());
    }
    putLocalized(n, "relatedListLabel", o.relatedListLabel());
    putText(n, "prefix", o.prefix());
    putInt(n, "width", o.width());
    putText(n, "expression", o.expression());
    if (o.resultType() != null) {
      n.put("resultType", o.resultType().jsonName());
    }
    if (o.function() != null) {
      n.put("function", o.function().jsonName());
    }
    putText(n, "childEntity", o.childEntity());
    putText(n, "childField", o.childField());
    putText(n, "summarizedField", o.summarizedField());
    putText(n, "filter", o.filter());
    return n;
  }

  static ObjectNode picklistValue(PicklistValue v) {
    ObjectNode n = NODES.objectNode();
    putText(n, "value", v.value());
    putLocalized(n, "label", v.label());
    putInt(n, "order", v.order());
    putText(n, "color", v.color());
    if (!v.active()) {
      n.put("active", false);
    }
    return n;
  }

  /** Writes a global picklist set; with {@code standalone} it carries its own $schema. */
  public static ObjectNode picklistSet(PicklistSet s, boolean standalone) {
    ObjectNode n = NODES.objectNode();
    if (standalone) {
      n.put("$schema", PICKLIST_SCHEMA);
      n.put("schemaVersion", SCHEMA_VERSION);
    }
    putText(n, "name", s.name());
    putLocalized(n, "label", s.label());
    ArrayNode values = n.putArray("values");
    s.values().forEach(v -> values.add(picklistValue(v)));
    return n;
  }

  static ObjectNode rule(ValidationRule r) {
    ObjectNode n = NODES.objectNode();
    putText(n, "name", r.name());
    putText(n, "expression", r.expression());
    putLocalized(n, "message", r.message());
    putText(n, "field", r.field());
    if (r.severity() == Severity.WARNING) {
      n.put("severity", "warning");
    }
    if (!r.active()) {
      n.put("active", false);
    }
    return n;
  }

  static void sections(ObjectNode parent, List<LayoutSection> sections) {
    ArrayNode arr = parent.putArray("sections");
    for (LayoutSection s : sections) {
      ObjectNode n = arr.addObject();
      putLocalized(n, "label", s.label());
      n.put("columns", s.columns());
      flag(n, "collapsed", s.collapsed());
      strings(n, "fields", s.fields());
    }
  }

  static ObjectNode relatedList(RelatedList r) {
    ObjectNode n = NODES.objectNode();
    putText(n, "entity", r.entity());
    putText(n, "field", r.field());
    putLocalized(n, "label", r.label());
    strings(n, "columns", r.columns());
    return n;
  }

  static ObjectNode listView(ListView v) {
    ObjectNode n = NODES.objectNode();
    putText(n, "name", v.name());
    putLocalized(n, "label", v.label());
    if (v.mineOnly()) {
      n.put("scope", "mine");
    }
    strings(n, "columns", v.columns());
    if (!v.sort().isEmpty()) {
      ArrayNode sort = n.putArray("sort");
      for (ListView.Sort s : v.sort()) {
        ObjectNode o = sort.addObject();
        putText(o, "field", s.field());
        o.put("direction", s.descending() ? "desc" : "asc");
      }
    }
    if (!v.filters().isEmpty()) {
      ArrayNode filters = n.putArray("filters");
      for (ListView.Filter f : v.filters()) {
        ObjectNode o = filters.addObject();
        putText(o, "field", f.field());
        putText(o, "operator", f.operator());
        if (f.value() != null) {
          o.set("value", value(f.value()));
        }
      }
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

  private static void strings(ObjectNode n, String name, List<String> values) {
    ArrayNode arr = n.putArray(name);
    values.forEach(arr::add);
  }

  private static void flag(ObjectNode n, String name, boolean value) {
    if (value) {
      n.put(name, true);
    }
  }

  private static void putText(ObjectNode n, String name, String value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  private static void putInt(ObjectNode n, String name, Integer value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  private static void putDecimal(ObjectNode n, String name, BigDecimal value) {
    if (value != null) {
      n.put(name, value);
    }
  }

  private static void putLocalized(ObjectNode n, String name, LocalizedText t) {
    if (t != null) {
      ObjectNode o = n.putObject(name);
      putText(o, "ja", t.ja());
      putText(o, "en", t.en());
    }
  }
}
