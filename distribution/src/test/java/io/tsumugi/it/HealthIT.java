package io.tsumugi.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthIT {

  private final RunningServer server = RunningServer.get();

  @Test
  void reportsUpWithTheConfiguredDatabaseAndTheFirstMetadataVersion() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode health = new ObjectMapper().readTree(response.body());
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("database").asText()).isEqualTo(server.database().productName());
    assertThat(health.path("metadataVersion").asInt()).isEqualTo(2);
    assertThat(health.path("platformVersion").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void isReachableWithoutLoggingIn() throws Exception {
    HttpResponse<Void> response =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()
            .send(
                HttpRequest.newBuilder(server.uri("/api/health")).build(),
                HttpResponse.BodyHandlers.discarding());

    assertThat(response.statusCode()).isEqualTo(200);
  }
}
