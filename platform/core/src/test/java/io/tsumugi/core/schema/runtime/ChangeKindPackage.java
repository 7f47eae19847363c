package io.tsumugi.core.schema.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import java.io.UncheckedIOException;

/**
 * The package the change-kind tests start from, as an editable JSON tree: {@code company}, {@code
 * item} (one field for each change to make), {@code scrap} (to delete) and {@code thing} (to
 * rename). Each test edits a copy and applies it.
 */
final class ChangeKindPackage {

  private static final ObjectMapper JSON = new ObjectMapper();

  final ObjectNode root;

  private ChangeKindPackage(ObjectNode root) {
    this.root = root;
  }

  static ChangeKindPackage base() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", PackageWriter.PACKAGE_SCHEMA).put("schemaVersion", "1.0");
    root.put("namespace", "std").put("version", "1.0.0");
    ArrayNode entities = root.putArray("entities");
    root.putArray("picklists");
    ChangeKindPackage p = new ChangeKindPackage(root);

    ArrayNode company = p.entity(entities, "company", "name");
    field(company, "name", "text").put("required", true);
    field(company, "code", "text").putObject("options").put("maxLength", 20);
    field(company, "tier", "integer");

    ArrayNode item = p.entity(entities, "item", "title");
    field(item, "title", "text");
    field(item, "qty_text", "text");
    field(item, "bad_text", "text");
    field(item, "note", "text").putObject("options").put("maxLength", 100);
    field(item, "amount", "decimal").putObject("options").put("precision", 10).put("scale", 2);
    field(item, "flag", "boolean");
    ArrayNode values = field(item, "status", "picklist").putObject("options").putArray("values");
    for (String v : new String[] {"a", "b", "c"}) {
      values.addObject().put("value", v).putObject("label").put("ja", "値" + v).put("en", v);
    }
    field(item, "company", "lookup").putObject("options").put("target", "company");
    field(item, "legacy", "text");
    field(item, "old_name", "text");
    field(item, "sku", "text").put("filterable", true);
    field(item, "tag", "text");
    field(item, "memo", "text");
    ObjectNode view = p.entityNode("item").putArray("listViews").addObject();
    view.put("name", "all_items").putObject("label").put("ja", "すべて").put("en", "All");
    view.putArray("columns").add("title").add("status");

    ArrayNode scrap = p.entity(entities, "scrap", "name");
    field(scrap, "name", "text").put("filterable", true);
    field(scrap, "number", "autonumber").putObject("options").put("prefix", "S-").put("width", 4);
    field(scrap, "serial", "text").put("unique", true);
    field(p.entity(entities, "thing", "name"), "name", "text");
    return p;
  }

  private ArrayNode entity(ArrayNode entities, String name, String nameField) {
    ObjectNode e = entities.addObject();
    e.put("$schema", PackageWriter.ENTITY_SCHEMA).put("schemaVersion", "1.0");
    e.put("id", name).put("name", name).put("nameField", nameField);
    e.putObject("label").put("ja", name + "（日本語）").put("en", name);
    e.putObject("pluralLabel").put("ja", name + "（複数）").put("en", name + "s");
    return e.putArray("fields");
  }

  /** Adds a field; its stable id is "id_" and its first name, so a rename keeps it. */
  static ObjectNode field(ArrayNode fields, String name, String type) {
    ObjectNode f = fields.addObject();
    f.put("id", "id_" + name).put("name", name).put("type", type);
    f.putObject("label").put("ja", name + "（項目）").put("en", name);
    return f;
  }

  /** A deep copy to edit. */
  ChangeKindPackage copy() {
    return new ChangeKindPackage(root.deepCopy());
  }

  ObjectNode entityNode(String name) {
    for (var e : root.withArray("entities")) {
      if (e.path("name").asText().equals(name)) {
        return (ObjectNode) e;
      }
    }
    throw new IllegalArgumentException("no entity " + name);
  }

  ArrayNode fields(String entity) {
    return (ArrayNode) entityNode(entity).path("fields");
  }

  ObjectNode field(String entity, String field) {
    for (var f : fields(entity)) {
      if (f.path("name").asText().equals(field)) {
        return (ObjectNode) f;
      }
    }
    throw new IllegalArgumentException("no field " + entity + "." + field);
  }

  void removeField(String entity, String field) {
    ArrayNode fields = fields(entity);
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).path("name").asText().equals(field)) {
        fields.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException("no field " + entity + "." + field);
  }

  void removeEntity(String name) {
    ArrayNode entities = root.withArray("entities");
    for (int i = 0; i < entities.size(); i++) {
      if (entities.get(i).path("name").asText().equals(name)) {
        entities.remove(i);
        return;
      }
    }
    throw new IllegalArgumentException("no entity " + name);
  }

  MetadataPackage load() {
    try {
      return new MetadataLoader().loadJson(JSON.writeValueAsString(root)).orThrow();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
