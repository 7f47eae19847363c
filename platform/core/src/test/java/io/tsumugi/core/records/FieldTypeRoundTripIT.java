package io.tsumugi.core.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every stored field type survives a write and a read through a real table, on H2 and PostgreSQL:
 * one custom entity with a field of each type, added to the standard package and applied.
 */
class FieldTypeRoundTripIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordService records;
  private final CallerContext caller = CallerContext.system();

  @BeforeEach
  void entityWithEveryType() throws Exception {
    ObjectNode pkg = PackageWriter.toJson(StandardPackage.load());
    ObjectNode entity = ((ArrayNode) pkg.path("entities")).addObject();
    entity.put("$schema", PackageWriter.ENTITY_SCHEMA).put("schemaVersion", "1.0");
    entity.put("id", "every_type").put("name", "every_type").put("nameField", "f_text");
    entity.putObject("label").put("ja", "全型").put("en", "Every type");
    entity.putObject("pluralLabel").put("ja", "全型").put("en", "Every types");
    ArrayNode fields = entity.putArray("fields");
    field(fields, "f_text", "text");
    field(fields, "f_longtext", "longtext");
    field(fields, "f_integer", "integer");
    field(fields, "f_decimal", "decimal").putObject("options").put("precision", 12).put("scale", 3);
    field(fields, "f_currency", "currency");
    field(fields, "f_percent", "percent");
    field(fields, "f_boolean", "boolean");
    field(fields, "f_date", "date");
    field(fields, "f_datetime", "datetime");
    field(fields, "f_email", "email");
    field(fields, "f_phone", "phone");
    field(fields, "f_url", "url");
    field(fields, "f_postal", "postal_code");
    ArrayNode values = field(fields, "f_pick", "picklist").putObject("options").putArray("values");
    ArrayNode multi =
        field(fields, "f_multi", "multipicklist").putObject("options").putArray("values");
    for (String v : List.of("a", "b", "c")) {
      values.addObject().put("value", v).putObject("label").put("ja", v).put("en", v);
      multi.addObject().put("value", v).putObject("label").put("ja", v).put("en", v);
    }
    field(fields, "f_lookup", "lookup")
        .putObject("options")
        .put("target", "account")
        .put("onDelete", "set_null");
    field(fields, "f_number", "autonumber")
        .putObject("options")
        .put("prefix", "R-")
        .put("width", 6);
    MetadataPackage withEntity =
        new MetadataLoader().loadJson(JSON.writeValueAsString(pkg)).orThrow();

    DataSource ds = TestDatabases.fresh("roundtrip");
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(withEntity, 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
  }

  private static ObjectNode field(ArrayNode fields, String name, String type) {
    ObjectNode field = fields.addObject();
    field.put("id", "every_type." + name).put("name", name).put("type", type);
    field.putObject("label").put("ja", name).put("en", name);
    return field;
  }

  @Test
  void everyStoredTypeReadsBackAsWritten() {
    long account = records.create(caller, "account", Map.of("name", "参照先株式会社")).id();
    String longText = "長文".repeat(2_500);
    Map<String, Object> input = new HashMap<>();
    input.put("f_text", "テキスト");
    input.put("f_longtext", longText);
    input.put("f_integer", 42);
    input.put("f_decimal", new BigDecimal("12.345"));
    input.put("f_currency", new BigDecimal("1200000"));
    input.put("f_percent", new BigDecimal("12.5"));
    input.put("f_boolean", true);
    input.put("f_date", LocalDate.of(2026, 12, 25));
    input.put("f_datetime", Instant.parse("2026-11-23T01:02:03Z"));
    input.put("f_email", "info@example.co.jp");
    input.put("f_phone", "0312345678");
    input.put("f_url", "https://example.co.jp/a?b=1");
    input.put("f_postal", "1000001");
    input.put("f_pick", "b");
    input.put("f_multi", List.of("a", "c"));
    input.put("f_lookup", account);

    long id = records.create(caller, "every_type", input).id();
    Record read = records.get(caller, "every_type", id).orElseThrow();

    assertThat(read.get("f_text")).isEqualTo("テキスト");
    assertThat(read.get("f_longtext")).isEqualTo(longText);
    assertThat(((Number) read.get("f_integer")).longValue()).isEqualTo(42L);
    assertThat(decimal(read.get("f_decimal"))).isEqualByComparingTo("12.345");
    assertThat(decimal(read.get("f_currency"))).isEqualByComparingTo("1200000");
    assertThat(decimal(read.get("f_percent"))).isEqualByComparingTo("12.5");
    assertThat(read.get("f_boolean")).isEqualTo(true);
    assertThat(read.get("f_date")).isEqualTo(LocalDate.of(2026, 12, 25));
    assertThat(read.get("f_datetime")).isEqualTo(Instant.parse("2026-11-23T01:02:03Z"));
    assertThat(read.get("f_email")).isEqualTo("info@example.co.jp");
    assertThat(read.get("f_phone")).isEqualTo("03-1234-5678");
    assertThat(read.get("f_url")).isEqualTo("https://example.co.jp/a?b=1");
    assertThat(read.get("f_postal")).isEqualTo("100-0001");
    assertThat(read.get("f_pick")).isEqualTo("b");
    assertThat(List.copyOf((Collection<?>) read.get("f_multi"))).isEqualTo(List.of("a", "c"));
    assertThat(((Number) read.get("f_lookup")).longValue()).isEqualTo(account);
    assertThat(read.get("f_number")).asString().matches("R-\\d{6}");
  }

  @Test
  void emptyValuesStayEmpty() {
    long id = records.create(caller, "every_type", Map.of("f_text", "空の記録")).id();
    Record read = records.get(caller, "every_type", id).orElseThrow();

    for (String field :
        List.of(
            "f_longtext",
            "f_integer",
            "f_decimal",
            "f_currency",
            "f_percent",
            "f_date",
            "f_datetime",
            "f_email",
            "f_phone",
            "f_url",
            "f_postal",
            "f_pick",
            "f_lookup")) {
      assertThat(read.get(field)).as(field).isNull();
    }
  }

  private static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
