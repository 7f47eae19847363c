package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The first start of the deployed server applies the standard CRM package as version 2. */
class StandardPackageIT {

  private final RunningServer server = RunningServer.get();

  @Test
  void healthReportsTheStandardPackagesElevenEntitiesAsVersionTwo() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());

    JsonNode health = new ObjectMapper().readTree(response.body());
    assertThat(health.path("metadataVersion").asInt()).isEqualTo(2);
    assertThat(health.path("entityCount").asInt()).isEqualTo(11);
  }

  @Test
  void onPostgresqlEveryStandardEntityHasItsTable() throws Exception {
    TestDatabase db = server.database();
    if (!db.kind().equals("postgresql")) {
      return; // the H2 file is locked by the running server
    }
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        ResultSet rs =
            c.getMetaData()
                .getTables(null, TestDatabase.POSTGRESQL_SCHEMA, "crm_%", new String[] {"TABLE"})) {
      int tables = 0;
      while (rs.next()) {
        tables++;
      }
      assertThat(tables).isEqualTo(11);
    }
  }
}
