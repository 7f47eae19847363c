package io.tsumugi.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.core.schema.runtime.TestDatabases;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.standard.StandardPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Telephony look-up on the standard package, on H2 or PostgreSQL ({@code -Ddb=postgresql}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLookupIT {

  private final CallerContext caller = CallerContext.system();
  private DataSource ds;
  private ActiveMetadata active;
  private QueryService queries;
  private long account;
  private long contact;
  private long lead;

  @BeforeAll
  void recordsWithPhones() throws Exception {
    ds = TestDatabases.fresh("q_phone");
    active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    applier.apply(StandardPackage.load(), 1, "tester", ApplyOptions.defaults());
    RecordService records = new RecordService(ds, active);
    queries = new QueryService(ds, active);
    account = records.create(caller, "account", Map.of("name", "電話商事", "phone", "0355550123")).id();
    contact =
        records.create(caller, "contact", Map.of("last_name", "電話", "mobile", "０３−５５５５−０１２３")).id();
    lead =
        records
            .create(
                caller,
                "sales_lead",
                Map.of("name", "電話リード", "status", "new", "phone", "+81 3 5555 0123"))
            .id();
    records.create(caller, "contact", Map.of("last_name", "別人", "phone", "03-5555-0124"));
  }

  @Test
  void aNumberInAnyFormatFindsTheContactsLeadsAndAccountsWithIt() {
    for (String written :
        List.of(
            "03-5555-0123", "0355550123", "+81 3-5555-0123", "０３（５５５５）０１２３", " 03 5555 0123 ")) {
      List<PhoneMatch> matches = queries.phoneLookup(caller, written, 20);
      assertThat(matches)
          .as(written)
          .containsExactlyInAnyOrder(
              new PhoneMatch("account", account, "電話商事", "phone"),
              new PhoneMatch("contact", contact, "電話", "mobile"),
              new PhoneMatch("sales_lead", lead, "電話リード", "phone"));
    }
  }

  @Test
  void textThatIsNotAPhoneNumberFindsNothing() {
    assertThat(queries.phoneLookup(caller, "hello", 20)).isEmpty();
    assertThat(queries.phoneLookup(caller, "03-5555-9999", 20)).isEmpty();
  }

  @Test
  void everyPhoneColumnOfTheLookupIsServedByItsIndex() throws Exception {
    EntityDef contactDef = active.entity("contact");
    List<FieldDef> phones =
        contactDef.fields().stream().filter(f -> f.type() == FieldType.PHONE).toList();
    assertThat(phones).extracting(FieldDef::name).contains("phone", "mobile");
    try (Connection c = ds.getConnection()) {
      boolean postgresql = SqlDialect.of(c) == SqlDialect.POSTGRESQL;
      if (postgresql) {
        try (Statement s = c.createStatement()) {
          s.execute("ANALYZE crm_contact");
          // Two rows: a sequential scan would win on cost; the point is that the indexes serve it.
          s.execute("SET enable_seqscan = off");
        }
      }
      for (FieldDef f : phones) {
        String plan = explain(c, PhoneLookup.sql(contactDef, f, 20));
        String index = SqlNames.index(contactDef.id(), f.id()).toLowerCase(Locale.ROOT);
        assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).contains(index);
        if (postgresql) {
          assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).doesNotContain("seq scan");
        }
      }
      if (postgresql) {
        try (Statement s = c.createStatement()) {
          s.execute("RESET enable_seqscan");
        }
      }
    }
  }

  private static String explain(Connection c, String sql) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
      ps.setString(1, "03-5555-0123");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }
}
