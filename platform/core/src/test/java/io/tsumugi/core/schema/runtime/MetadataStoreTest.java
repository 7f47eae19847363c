package io.tsumugi.core.schema.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.metadata.json.PackageWriter;
import io.tsumugi.metadata.standard.StandardPackage;
import org.junit.jupiter.api.Test;

/** A version stored under looser rules still loads; anything else invalid does not. */
class MetadataStoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aStoredListViewSortingOnAFieldThatCannotBeSortedStillLoads() throws Exception {
    ObjectNode pkg = standard();
    ((ObjectNode) accountView(pkg).withArray("sort").get(0)).put("field", "description");

    assertThat(MetadataStore.stored(JSON.writeValueAsString(pkg)).entity("account")).isPresent();
  }

  @Test
  void aStoredVersionWithAnyOtherErrorIsRefused() throws Exception {
    ObjectNode pkg = standard();
    accountView(pkg).withArray("columns").add("no_such_field");

    assertThatThrownBy(() -> MetadataStore.stored(JSON.writeValueAsString(pkg)))
        .hasMessageContaining("no_such_field");
  }

  private static ObjectNode standard() throws Exception {
    return (ObjectNode) JSON.readTree(PackageWriter.toJsonString(StandardPackage.load()));
  }

  private static ObjectNode accountView(ObjectNode pkg) {
    for (var e : pkg.withArray("entities")) {
      if (e.path("name").asText().equals("account")) {
        return (ObjectNode) e.withArray("listViews").get(0);
      }
    }
    throw new AssertionError("no account");
  }
}
