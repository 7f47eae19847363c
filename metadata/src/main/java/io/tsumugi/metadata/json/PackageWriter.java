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
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import java.io.UncheckedIOException;
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
    JsonOut.putText(n, "namespace", p.namespace());
    JsonOut.putText(n, "version", p.version());
    JsonOut.putLocalized(n, "label", p.label());
    JsonOut.putLocalized(n, "description", p.description());
    ArrayNode entities = n.putArray("entities");
    p.entities().forEach(e -> entities.add(entity(e, false)));
    ArrayNode picklists = n.putArray("picklists");
    p.picklists().forEach(s -> picklists.add(picklistSet(s, false)));
    if (!p.security().isEmpty()) {
      n.set("security", SecurityWriter.security(p.security()));
    }
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
    JsonOut.putText(n, "id", e.id());
    JsonOut.putText(n, "name", e.name());
    JsonOut.putLocalized(n, "label", e.label());
    JsonOut.putLocalized(n, "pluralLabel", e.pluralLabel());
    JsonOut.putLocalized(n, "description", e.description());
    JsonOut.putText(n, "icon", e.icon());
    JsonOut.putText(n, "nameField", e.nameField());
    JsonOut.putText(n, "pipelineField", e.pipelineField());
    if (!e.owned()) {
      n.put("owned", false);
    }
    ArrayNode fields = n.putArray("fields");
    e.fields().forEach(f -> fields.add(FieldWriter.field(f)));
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

  /** Writes a global picklist set; with {@code standalone} it carries its own $schema. */
  public static ObjectNode picklistSet(PicklistSet s, boolean standalone) {
    ObjectNode n = NODES.objectNode();
    if (standalone) {
      n.put("$schema", PICKLIST_SCHEMA);
      n.put("schemaVersion", SCHEMA_VERSION);
    }
    JsonOut.putText(n, "name", s.name());
    JsonOut.putLocalized(n, "label", s.label());
    ArrayNode values = n.putArray("values");
    s.values().forEach(v -> values.add(FieldWriter.picklistValue(v)));
    return n;
  }

  static ObjectNode rule(ValidationRule r) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "name", r.name());
    JsonOut.putText(n, "expression", r.expression());
    JsonOut.putLocalized(n, "message", r.message());
    JsonOut.putText(n, "field", r.field());
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
      JsonOut.putLocalized(n, "label", s.label());
      n.put("columns", s.columns());
      JsonOut.flag(n, "collapsed", s.collapsed());
      JsonOut.strings(n, "fields", s.fields());
    }
  }

  static ObjectNode relatedList(RelatedList r) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "entity", r.entity());
    JsonOut.putText(n, "field", r.field());
    JsonOut.putLocalized(n, "label", r.label());
    JsonOut.strings(n, "columns", r.columns());
    return n;
  }

  static ObjectNode listView(ListView v) {
    ObjectNode n = NODES.objectNode();
    JsonOut.putText(n, "name", v.name());
    JsonOut.putLocalized(n, "label", v.label());
    if (v.mineOnly()) {
      n.put("scope", "mine");
    }
    JsonOut.strings(n, "columns", v.columns());
    if (!v.sort().isEmpty()) {
      ArrayNode sort = n.putArray("sort");
      for (ListView.Sort s : v.sort()) {
        ObjectNode o = sort.addObject();
        JsonOut.putText(o, "field", s.field());
        o.put("direction", s.descending() ? "desc" : "asc");
      }
    }
    if (!v.filters().isEmpty()) {
      filters(n.putArray("filters"), v.filters());
    }
    return n;
  }

  static void filters(ArrayNode filters, List<ListView.Filter> list) {
    for (ListView.Filter f : list) {
      ObjectNode o = filters.addObject();
      JsonOut.putText(o, "field", f.field());
      JsonOut.putText(o, "operator", f.operator());
      if (f.value() != null) {
        o.set("value", FieldWriter.value(f.value()));
      }
    }
  }
}
