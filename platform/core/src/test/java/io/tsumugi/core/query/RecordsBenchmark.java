package io.tsumugi.core.query;

import io.tsumugi.core.bench.BenchmarkSupport;
import io.tsumugi.core.persistence.DynamicTypes;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.MetadataApplier;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldOptions;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The records benchmark (issue 4, item 8), not part of the test suite: {@code ./mvnw -pl
 * platform/core -Pbenchmarks verify}. PostgreSQL only (schema {@code q_bench} in the test
 * database), a 20-field custom entity with {@code -Dbench.rows} records (default 1,000,000) loaded
 * with COPY. Every figure is a ratio of two timings taken in the same run.
 */
public final class RecordsBenchmark {

  private static final CallerContext CALLER = CallerContext.system();

  private RecordsBenchmark() {}

  /** Runs every measurement and prints the figures. */
  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    PGSimpleDataSource ds = BenchmarkSupport.freshSchema("q_bench");
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO sys_metadata_version (version_no, active, summary, applied_by, applied_at)"
                + " VALUES (1, TRUE, 'empty', 'bench', CURRENT_TIMESTAMP)");
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
    ActiveMetadata active = new ActiveMetadata();
    MetadataApplier applier = new MetadataApplier(ds, active);
    applier.recoverAndLoad();
    MetadataPackage pkg = withBenchEntity(StandardPackage.load(), 20);
    applier.apply(pkg, 1, "bench", ApplyOptions.defaults());
    long t0 = System.nanoTime();
    load(ds, rows);
    System.out.printf("setup: %,d rows loaded with COPY in %.1f s%n", rows, secs(t0));

    long addStart = System.nanoTime();
    applier.apply(withBenchEntity(StandardPackage.load(), 21), 2, "bench", ApplyOptions.defaults());
    System.out.printf(
        "1. add a field on %,d rows, apply end to end: %.0f ms (goal < 2000 ms)%n",
        rows, BenchmarkSupport.ms(addStart));

    // One open connection for the services and the hand-written baselines alike, as a pool would
    // give them inside the server (a new PostgreSQL connection costs several milliseconds).
    DataSource pooled = BenchmarkSupport.oneConnection(ds);
    QueryService queries = new QueryService(pooled, active);
    RecordQuery listQuery =
        RecordQuery.firstPage(50)
            .where(Filter.and(Filter.eq("f_status", "s3"), Filter.ge("f_int0", 100)))
            .sortedBy(SortKey.desc("f_int1"));
    double service =
        BenchmarkSupport.median(
            () -> queries.query(CALLER, "bench_item", listQuery).records().size());
    double hand =
        BenchmarkSupport.median(
            () ->
                jdbc(
                    pooled,
                    "SELECT * FROM crm_bench_item WHERE f_status = 's3' AND f_int0 >= 100"
                        + " ORDER BY f_int1 DESC, id DESC LIMIT 51",
                    "SELECT COUNT(*) FROM (SELECT 1 FROM crm_bench_item WHERE f_status = 's3'"
                        + " AND f_int0 >= 100 LIMIT 10001) c"));
    System.out.printf(
        "2. list page of 50 (filter + sort + capped count): service %.2f ms, hand-written SQL %.2f ms,"
            + " ratio %.2f (goal <= 3)%n",
        service, hand, service / hand);

    RecordQuery sorted = RecordQuery.firstPage(50).sortedBy(SortKey.asc("f_int1"));
    int deepPage = Math.min(10_000, rows / 50 - 1);
    String cursor = cursorAt(ds, deepPage * 50 - 50);
    double first =
        BenchmarkSupport.median(() -> queries.query(CALLER, "bench_item", sorted).records().size());
    double deep =
        BenchmarkSupport.median(
            () -> queries.query(CALLER, "bench_item", sorted.after(cursor)).records().size());
    double offset =
        BenchmarkSupport.median(
            () -> queries.query(CALLER, "bench_item", sorted.page(deepPage)).records().size());
    System.out.printf(
        "3. page %,d by keyset %.2f ms vs page 1 %.2f ms: ratio %.2f (goal <= 2); by OFFSET %.2f"
            + " ms%n",
        deepPage, deep, first, deep / first, offset);

    RecordService records = new RecordService(pooled, active);
    int n = 2_000;
    long cs = System.nanoTime();
    for (int i = 0; i < n; i++) {
      records.create(CALLER, "bench_item", values(i));
    }
    double serviceRate = n / secs(cs);
    long bs = System.nanoTime();
    batchInsert(pooled, n);
    double batchRate = n / secs(bs);
    System.out.printf(
        "4. create: record service %.0f records/s, JDBC batch insert %.0f rows/s: ratio %.3f%n",
        serviceRate, batchRate, serviceRate / batchRate);
    Map<String, Object> jpa = new HashMap<>();
    jpa.put("jakarta.persistence.jdbc.url", ds.getURL());
    jpa.put("jakarta.persistence.jdbc.user", ds.getUser());
    jpa.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("q_bench", jpa);
    DynamicTypes dynamic = new DynamicTypes(emf, active);
    Random random = new Random(4);
    EntityManager em = emf.createEntityManager();
    int reads = 3_000;
    double dynamicRate = 0;
    double staticRate = 0;
    for (int round = 0; round < 3; round++) { // alternate, so neither side gets the warm caches
      long ds1 = System.nanoTime();
      for (int i = 0; i < reads; i++) {
        em.clear();
        if (dynamic.find(em, "bench_item", 1 + random.nextInt(rows)) == null) {
          throw new IllegalStateException("missing row");
        }
      }
      dynamicRate = reads / secs(ds1);
      long ss = System.nanoTime();
      for (int i = 0; i < reads; i++) {
        em.clear();
        if (em.find(BenchItemEntity.class, 1L + random.nextInt(rows)).name() == null) {
          throw new IllegalStateException("missing row");
        }
      }
      staticRate = reads / secs(ss);
    }
    em.close();
    emf.close();
    System.out.printf(
        "5. read by id: dynamic type %.0f reads/s, static @Entity %.0f reads/s: %.0f%% (goal >= 90%%)%n",
        dynamicRate, staticRate, 100 * dynamicRate / staticRate);
  }

  static MetadataPackage withBenchEntity(MetadataPackage p, int fieldCount) {
    List<FieldDef> fields = new ArrayList<>();
    fields.add(
        FieldDef.builder("bench_name", "f_name", FieldType.TEXT)
            .filterable(true)
            .sortable(true)
            .searchable(true)
            .options(FieldOptions.builder().maxLength(100).build())
            .build());
    fields.add(
        FieldDef.builder("bench_status", "f_status", FieldType.TEXT)
            .filterable(true)
            .options(FieldOptions.builder().maxLength(20).build())
            .build());
    fields.add(
        FieldDef.builder("bench_int0", "f_int0", FieldType.INTEGER).filterable(true).build());
    fields.add(FieldDef.builder("bench_int1", "f_int1", FieldType.INTEGER).sortable(true).build());
    for (int i = fields.size(); i < fieldCount; i++) {
      FieldType t = i % 3 == 0 ? FieldType.INTEGER : i % 3 == 1 ? FieldType.DATE : FieldType.TEXT;
      fields.add(FieldDef.builder("bench_f" + i, "f_x" + i, t).build());
    }
    EntityDef e =
        new EntityDef(
            "bench_item",
            "bench_item",
            LocalizedText.of("ベンチ", "Bench item"),
            LocalizedText.of("ベンチ", "Bench items"),
            null,
            null,
            "f_name",
            null,
            true,
            fields,
            List.of(),
            null,
            List.of());
    List<EntityDef> entities = new ArrayList<>(p.entities());
    entities.add(e);
    return p.withEntities(entities);
  }

  private static void load(PGSimpleDataSource ds, int rows) throws Exception {
    String columns = "id, created_at, updated_at, version, f_name, f_status, f_int0, f_int1";
    try (Connection c = ds.getConnection()) {
      for (int i = 4; i < 20; i++) {
        columns += ", f_x" + i;
      }
      StringBuilder chunk = new StringBuilder();
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      for (int r = 1; r <= rows; r++) {
        chunk.append(r).append("\t2025-04-01 00:00:00+00\t2025-04-01 00:00:00+00\t1\t名前").append(r);
        chunk.append("\ts").append(r % 10).append('\t').append(r % 1000).append('\t');
        chunk.append((r * 7919L) % 1_000_003);
        for (int i = 4; i < 20; i++) {
          chunk
              .append('\t')
              .append(
                  i % 3 == 0
                      ? String.valueOf(r % 97)
                      : i % 3 == 1 ? "2025-01-0" + (1 + r % 9) : "t" + r);
        }
        chunk.append('\n');
        if (r % 50_000 == 0 || r == rows) {
          copy.copyIn(
              "COPY crm_bench_item (" + columns + ") FROM STDIN",
              new StringReader(chunk.toString()));
          chunk.setLength(0);
        }
      }
      try (Statement s = c.createStatement()) {
        s.execute("SELECT setval('crm_record_seq', " + (rows + 10) + ")");
        s.execute("ANALYZE crm_bench_item");
      }
    }
  }

  private static Map<String, Object> values(int i) {
    Map<String, Object> v = new HashMap<>();
    v.put("f_name", "新規" + i);
    v.put("f_status", "s" + i % 10);
    v.put("f_int0", i % 1000);
    v.put("f_int1", i);
    return v;
  }

  private static void batchInsert(DataSource ds, int n) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO crm_bench_item (id, created_at, updated_at, version, f_name, f_status,"
                    + " f_int0, f_int1) VALUES (nextval('crm_record_seq'), now(), now(), 1, ?, ?, ?,"
                    + " ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < n; i++) {
        ps.setString(1, "一括" + i);
        ps.setString(2, "s" + i % 10);
        ps.setInt(3, i % 1000);
        ps.setInt(4, i);
        ps.addBatch();
      }
      ps.executeBatch();
      c.commit();
    }
  }

  /** A data source handing out one open connection whose close() does nothing. */
  private static String cursorAt(PGSimpleDataSource ds, int offset) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT f_int1, id FROM crm_bench_item ORDER BY f_int1 ASC NULLS LAST, id ASC"
                    + " OFFSET "
                    + offset
                    + " LIMIT 1")) {
      rs.next();
      return Keyset.encode(
          Keyset.signature("bench_item", List.of(SortKey.asc("f_int1"))),
          Arrays.asList(rs.getLong(1), rs.getLong(2)));
    }
  }

  private static int jdbc(DataSource ds, String... sqls) {
    int n = 0;
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : sqls) {
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            n++;
          }
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
