package io.tsumugi.it;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The list page of a 1,000,000-record entity, measured over HTTP (docs/benchmarks.md). Starts the
 * distribution on PostgreSQL, adds the entity {@code bench_row} through the metadata API, loads the
 * rows with COPY, logs in through the login form and times full GETs of {@code
 * /r/list.xhtml?entity=bench_row} (a page of 50 rows rendered, sorted by the list view, with the
 * capped count). Not part of the test suite:
 *
 * <pre>
 * ./mvnw -pl distribution -Pbenchmarks test-compile exec:java -Ddb=postgresql \
 *   -Dit.postgresql.url=jdbc:postgresql://127.0.0.1:5432/db -Dit.port.offset=500
 * </pre>
 */
public final class ListPageBenchmark {

  private static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
  private static final int WARM_UP = 50;
  private static final int MEASURED = 300;

  private ListPageBenchmark() {}

  public static void main(String[] args) throws Exception {
    RunningServer server = RunningServer.get();
    ApiClient api = new ApiClient(server);
    addEntity(api);
    long t0 = System.nanoTime();
    load(server.database());
    System.out.printf("setup: %,d rows loaded with COPY in %.1f s%n", ROWS, secs(t0));

    FacesClient browser = new FacesClient(server, "ja");
    browser.get("/login.xhtml");
    browser.submit(
        "/login.xhtml",
        "login",
        Map.of("loginId", server.adminLogin(), "password", server.adminPassword()),
        "submit");
    String page = "/r/list.xhtml?entity=bench_row";
    HttpResponse<String> first = browser.get(page);
    int rows = first.body().split("data-ri=\"", -1).length - 1;
    if (first.statusCode() != 200 || rows != 50 || !first.body().contains("ベンチ行 ")) {
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("target/bench-list-page.html"), first.body());
      throw new IllegalStateException(
          "The list page did not render 50 rows (" + rows + "), see target/bench-list-page.html");
    }
    for (int i = 0; i < WARM_UP; i++) {
      browser.get(page);
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < MEASURED; i++) {
      long t = System.nanoTime();
      HttpResponse<String> r = browser.get(page);
      millis.add((System.nanoTime() - t) / 1e6);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode());
      }
    }
    Collections.sort(millis);
    System.out.printf(
        "list page of %,d records, 50 rows: median %.1f ms, p95 %.1f ms, max %.1f ms (%d GETs)%n",
        ROWS, pct(millis, 50), pct(millis, 95), millis.get(millis.size() - 1), MEASURED);
    System.exit(0);
  }

  private static double pct(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static void addEntity(ApiClient api) throws Exception {
    String token = api.adminToken("read-write");
    ObjectNode pkg = (ObjectNode) api.get("/api/v1/metadata/package", token).json();
    ObjectNode entity = ((ArrayNode) pkg.path("entities")).addObject();
    entity.put("id", "bench-row").put("name", "bench_row").put("nameField", "title");
    entity.putObject("label").put("ja", "ベンチ行").put("en", "Bench row");
    entity.putObject("pluralLabel").put("ja", "ベンチ行").put("en", "Bench rows");
    ArrayNode fields = entity.putArray("fields");
    field(fields, "title", "text").put("sortable", true).put("searchable", true);
    ObjectNode status = field(fields, "status", "picklist").put("filterable", true);
    ArrayNode values = status.putObject("options").putArray("values");
    for (String v : List.of("open", "won", "lost")) {
      values.addObject().put("value", v).putObject("label").put("ja", v).put("en", v);
    }
    field(fields, "amount", "currency").put("sortable", true);
    field(fields, "quantity", "integer").put("sortable", true).put("filterable", true);
    field(fields, "due_on", "date").put("sortable", true);
    for (int i = 1; i <= 5; i++) {
      field(fields, "note" + i, "text");
    }
    ObjectNode view = entity.putArray("listViews").addObject();
    view.put("name", "all_rows").putObject("label").put("ja", "すべて").put("en", "All");
    view.putArray("columns").add("title").add("status").add("amount").add("quantity").add("due_on");
    view.putArray("sort").addObject().put("field", "quantity").put("direction", "desc");
    String proposed = ApiClient.JSON.writeValueAsString(pkg);
    ApiClient.Reply plan = api.call("POST", "/api/v1/metadata/plan", token, proposed);
    ApiClient.Reply applied =
        api.call(
            "POST",
            "/api/v1/metadata/apply?baseVersion=" + plan.json().path("baseVersion").asInt(),
            token,
            proposed);
    if (applied.status() != 200) {
      throw new IllegalStateException("apply failed: " + applied.body());
    }
  }

  private static ObjectNode field(ArrayNode fields, String name, String type) {
    ObjectNode f = fields.addObject();
    f.put("id", "bench-row." + name).put("name", name).put("type", type);
    f.putObject("label").put("ja", name).put("en", name);
    return f;
  }

  private static void load(TestDatabase db) throws Exception {
    String url = db.serverEnvironment().get("TSUMUGI_DB_URL");
    try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
      String columns =
          "id, owner_id, created_at, created_by, updated_at, updated_by, version, title, status,"
              + " amount, quantity, due_on, note1, note2, note3, note4, note5";
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      int batch = 50_000;
      String[] statuses = {"open", "won", "lost"};
      for (int start = 0; start < ROWS; start += batch) {
        StringBuilder data = new StringBuilder();
        for (int i = start; i < Math.min(ROWS, start + batch); i++) {
          data.append(100_000_000L + i)
              .append("\t1\t2026-01-01 00:00:00+00\t1\t2026-01-01 00:00:00+00\t1\t1\t")
              .append(String.format("ベンチ行 %06d", i))
              .append('\t')
              .append(statuses[i % 3])
              .append('\t')
              .append(i % 100_000)
              .append('\t')
              .append((i * 7919L) % 1_000_003)
              .append('\t')
              .append(String.format("2026-%02d-%02d", i % 12 + 1, i % 28 + 1))
              .append("\tメモ一\tメモ二\tメモ三\tメモ四\tメモ五\n");
        }
        copy.copyIn(
            "COPY crm_bench_row (" + columns + ") FROM STDIN", new StringReader(data.toString()));
      }
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE crm_bench_row");
      }
    }
  }
}
