package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordDeletion;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.metadata.plan.ChangeKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh database (H2, or PostgreSQL with -Ddb=postgresql) with {@link ChangeKindPackage#base()}
 * applied as version 2 and a few records written through the record service; helpers to apply a
 * changed copy and to read the real schema and rows back.
 */
abstract class ChangeKindFixture {

  final CallerContext caller = CallerContext.system();
  DataSource ds;
  ActiveMetadata active;
  MetadataApplier applier;
  RecordService records;
  RecordDeletion deletion;
  ChangeKindPackage base;
  long company1;
  long company2;
  long item1;
  long item2;

  abstract String databaseName();

  @BeforeEach
  void baseVersionWithRecords() throws Exception {
    ds = TestDatabases.fresh(databaseName());
    active = new ActiveMetadata();
    applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    base = ChangeKindPackage.base();
    applier.apply(base.load(), 1, "tester", ApplyOptions.defaults());
    records = new RecordService(ds, active);
    deletion = new RecordDeletion(ds, active);
    company1 = records.create(caller, "company", Map.of("name", "紬商事", "code", "K-1")).id();
    company2 = records.create(caller, "company", Map.of("name", "織物産業", "code", "K-1")).id();
    Map<String, Object> one = new HashMap<>();
    one.put("title", "一号");
    one.put("qty_text", "12");
    one.put("bad_text", "abc");
    one.put("note", "短いメモ");
    one.put("amount", new BigDecimal("1234.56"));
    one.put("flag", true);
    one.put("status", "a");
    one.put("company", company1);
    one.put("legacy", "残す値");
    one.put("old_name", "旧名の値");
    one.put("sku", "SKU-1");
    one.put("tag", "t1");
    one.put("memo", "メモ");
    item1 = records.create(caller, "item", one).id();
    Map<String, Object> two = new HashMap<>();
    two.put("title", "二号");
    two.put("qty_text", " 7 ");
    two.put("bad_text", "5");
    two.put("note", "長".repeat(90));
    two.put("amount", new BigDecimal("10"));
    two.put("status", "b");
    two.put("company", company2);
    item2 = records.create(caller, "item", two).id();
    records.create(caller, "scrap", Map.of("name", "捨てる一"));
    records.create(caller, "scrap", Map.of("name", "捨てる二"));
    records.create(caller, "thing", Map.of("name", "物"));
  }

  /** Applies {@code p} on the active version; asserts the plan holds {@code expected}. */
  ApplyResult apply(ChangeKindPackage p, ApplyOptions options, ChangeKind... expected) {
    ApplyResult r = applier.apply(p.load(), active.current().versionNo(), "tester", options);
    assertThat(r.plan().changes()).extracting(c -> c.kind()).contains(expected);
    return r;
  }

  ApplyResult apply(ChangeKindPackage p, ChangeKind... expected) {
    return apply(p, ApplyOptions.defaults(), expected);
  }

  SchemaSnapshot schema() throws SQLException {
    return SchemaSnapshot.of(ds);
  }

  Record item(long id) {
    return records.get(caller, "item", id).orElseThrow();
  }

  /** One value of one row, read with plain JDBC (for archived columns the service cannot see). */
  Object cell(String table, String column, long id) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + SqlNames.checkIdentifier(column)
                    + " FROM "
                    + SqlNames.checkIdentifier(table)
                    + " WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("row %d of %s", id, table).isTrue();
        return rs.getObject(1);
      }
    }
  }

  long count(String sql) throws SQLException {
    return TestDatabases.count(ds, sql);
  }

  /** The name of the changed version's archive: {@code zz_<column>_v<version>}. */
  String archivedColumn(String field) {
    return SqlNames.archivedColumn(field, active.current().versionNo());
  }
}
