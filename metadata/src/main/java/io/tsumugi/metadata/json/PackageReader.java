package io.tsumugi.metadata.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.OnDelete;
import io.tsumugi.metadata.model.PicklistSet;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.RollupFunction;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.model.ValidationRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the model from the single-document JSON form of a package. It is tolerant: a missing or
 * ill-typed property becomes {@code null} (or false, or an empty list), so semantic checks can run
 * on a document that also has JSON Schema problems, and every problem is reported at once. Element
 * order is kept, so list index {@code i} of the model is index {@code i} of the document.
 */
public final class PackageReader {

  private PackageReader() {}

  /** Reads a package document. */
  public static MetadataPackage readPackage(JsonNode n) {
    return new MetadataPackage(
        text(n, "namespace"),
        text(n, "version"),
        localized(n.get("label")),
        localized(n.get("description")),
        list(n.get("entities"), PackageReader::readEntity),
        list(n.get("picklists"), PackageReader::readPicklistSet),
        SecurityReader.read(n.get("security")));
  }

  /** Reads an entity document. */
  public static EntityDef readEntity(JsonNode n) {
    JsonNode layouts = n.get("layouts");
    JsonNode form = layouts == null ? null : layouts.get("form");
    JsonNode detail = layouts == null ? null : layouts.get("detail");
    return new EntityDef(
        text(n, "id"),
        text(n, "name"),
        localized(n.get("label")),
        localized(n.get("pluralLabel")),
        localized(n.get("description")),
        text(n, "icon"),
        text(n, "nameField"),
        text(n, "pipelineField"),
        bool(n, "owned", true),
        list(n.get("fields"), PackageReader::readField),
        list(n.get("rules"), PackageReader::readRule),
        new Layouts(
            form == null ? List.of() : list(form.get("sections"), PackageReader::readSection),
            detail == null ? List.of() : list(detail.get("sections"), PackageReader::readSection),
            detail == null
                ? List.of()
                : list(detail.get("relatedLists"), PackageReader::readRelatedList)),
        list(n.get("listViews"), PackageReader::readListView));
  }

  /** Reads a field. */
  public static FieldDef readField(JsonNode n) {
    String type = text(n, "type");
    return new FieldDef(
        text(n, "id"),
        text(n, "name"),
        localized(n.get("label")),
        localized(n.get("help")),
        type == null ? null : FieldType.fromJson(type).orElse(null),
        bool(n, "required", false),
        bool(n, "unique", false),
        value(n.get("default")),
        bool(n, "readOnly", false),
        bool(n, "trackHistory", false),
        bool(n, "filterable", false),
        bool(n, "sortable", false),
        bool(n, "searchable", false),
        readOptions(n.get("options")));
  }

  static FieldOptions readOptions(JsonNode o) {
    if (o == null || !o.isObject()) {
      return FieldOptions.NONE;
    }
    String resultType = text(o, "resultType");
    String onDelete = text(o, "onDelete");
    String function = text(o, "function");
    return new FieldOptions(
        integer(o, "maxLength"),
        text(o, "pattern"),
        localized(o.get("patternMessage")),
        decimal(o, "min"),
        decimal(o, "max"),
        integer(o, "precision"),
        integer(o, "scale"),
        text(o, "currencyCode"),
        o.has("values") ? list(o.get("values"), PackageReader::readValue) : null,
        text(o, "valueSet"),
        o.has("restricted") ? bool(o, "restricted", true) : null,
        text(o, "target"),
        onDelete == null ? null : OnDelete.fromJson(onDelete).orElse(null),
        localized(o.get("relatedListLabel")),
        o.has("relatedListColumns") ? strings(o.get("relatedListColumns")) : null,
        text(o, "prefix"),
        integer(o, "width"),
        text(o, "expression"),
        resultType == null ? null : FieldType.fromJson(resultType).orElse(null),
        function == null ? null : RollupFunction.fromJson(function).orElse(null),
        text(o, "childEntity"),
        text(o, "childField"),
        text(o, "summarizedField"),
        text(o, "filter"));
  }

  static PicklistValue readValue(JsonNode n) {
    return new PicklistValue(
        text(n, "value"),
        localized(n.get("label")),
        integer(n, "order"),
        text(n, "color"),
        bool(n, "active", true));
  }

  /** Reads a global picklist value set. */
  public static PicklistSet readPicklistSet(JsonNode n) {
    return new PicklistSet(
        text(n, "name"),
        localized(n.get("label")),
        list(n.get("values"), PackageReader::readValue));
  }

  static ValidationRule readRule(JsonNode n) {
    return new ValidationRule(
        text(n, "name"),
        text(n, "expression"),
        localized(n.get("message")),
        text(n, "field"),
        "warning".equals(text(n, "severity")) ? Severity.WARNING : Severity.ERROR,
        bool(n, "active", true));
  }

  static LayoutSection readSection(JsonNode n) {
    Integer columns = integer(n, "columns");
    return new LayoutSection(
        localized(n.get("label")),
        columns == null ? 2 : columns,
        bool(n, "collapsed", false),
        strings(n.get("fields")));
  }

  static RelatedList readRelatedList(JsonNode n) {
    return new RelatedList(
        text(n, "entity"), text(n, "field"), localized(n.get("label")), strings(n.get("columns")));
  }

  static ListView.Filter readFilter(JsonNode f) {
    return new ListView.Filter(text(f, "field"), text(f, "operator"), value(f.get("value")));
  }

  static ListView readListView(JsonNode n) {
    return new ListView(
        text(n, "name"),
        localized(n.get("label")),
        "mine".equals(text(n, "scope")),
        strings(n.get("columns")),
        list(
            n.get("sort"),
            s -> new ListView.Sort(text(s, "field"), "desc".equals(text(s, "direction")))),
        list(n.get("filters"), PackageReader::readFilter));
  }

  static <T> List<T> list(JsonNode n, Function<JsonNode, T> reader) {
    if (n == null || !n.isArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(n.size());
    for (JsonNode e : n) {
      out.add(
          e.isObject() ? reader.apply(e) : reader.apply(JsonDocuments.mapper().createObjectNode()));
    }
    return out;
  }

  static List<String> strings(JsonNode n) {
    if (n == null || !n.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(n.size());
    for (JsonNode e : n) {
      out.add(e.isTextual() ? e.asText() : null);
    }
    return out;
  }

  static LocalizedText localized(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    return new LocalizedText(text(n, "ja"), text(n, "en"));
  }

  static String text(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  static boolean bool(JsonNode n, String name, boolean fallback) {
    JsonNode v = n.get(name);
    return v != null && v.isBoolean() ? v.asBoolean() : fallback;
  }

  static Integer integer(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v != null && v.isIntegralNumber() && v.canConvertToInt() ? v.asInt() : null;
  }

  static BigDecimal decimal(JsonNode n, String name) {
    JsonNode v = n.get(name);
    return v != null && v.isNumber() ? v.decimalValue() : null;
  }

  /** A scalar or array value: String, BigDecimal, Boolean or List; null otherwise. */
  static Object value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNumber()) {
      return v.decimalValue().stripTrailingZeros();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isArray()) {
      List<Object> out = new ArrayList<>();
      for (JsonNode e : v) {
        Object x = value(e);
        if (x != null && !(x instanceof List)) {
          out.add(x);
        }
      }
      return List.copyOf(out);
    }
    return null;
  }
}
