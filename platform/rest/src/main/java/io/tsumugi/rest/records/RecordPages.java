package io.tsumugi.rest.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.ApiLimits;
import io.tsumugi.rest.support.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the list parameters ({@code filter}, {@code sort=name,-amount}, {@code pageSize}, {@code
 * page} or {@code cursor}) into a query, and a page of records into the {@code <Entity>Page} JSON
 * of the OpenAPI document.
 */
final class RecordPages {

  static final int DEFAULT_PAGE_SIZE = 50;

  private RecordPages() {}

  static RecordQuery query(
      String filterJson, String sort, Integer pageSize, Integer page, String cursor) {
    Filter filter = null;
    if (filterJson != null && !filterJson.isBlank()) {
      JsonNode parsed;
      try {
        parsed = Json.mapper().readTree(filterJson);
      } catch (Exception e) {
        throw ApiException.badRequest(
            "filter.notJson", "filter が JSON として読めません。", "filter is not valid JSON.");
      }
      filter = FilterJson.parse(parsed);
    }
    return query(filter, sortKeys(sort), pageSize, page, cursor);
  }

  static RecordQuery query(
      Filter filter, List<SortKey> sort, Integer pageSize, Integer page, String cursor) {
    int size = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    int max = ApiLimits.current().maxPageSize();
    if (size < 1 || size > max) {
      throw ApiException.badRequest(
          "pageSize.invalid",
          "pageSize は 1 から " + max + " の間で指定してください。",
          "pageSize must be between 1 and " + max + ".");
    }
    if (page != null && cursor != null) {
      throw ApiException.badRequest(
          "paging.conflict", "page と cursor は同時に指定できません。", "Give page or cursor, not both.");
    }
    return new RecordQuery(
        filter, sort, size, cursor == null ? (page == null ? 1 : page) : null, cursor);
  }

  static List<SortKey> sortKeys(String sort) {
    List<SortKey> keys = new ArrayList<>();
    if (sort == null || sort.isBlank()) {
      return keys;
    }
    for (String part : sort.split(",")) {
      String name = part.trim();
      if (name.isEmpty()) {
        continue;
      }
      boolean descending = name.startsWith("-");
      keys.add(new SortKey(descending ? name.substring(1) : name, descending));
    }
    return keys;
  }

  static ObjectNode toJson(EntityDef entity, RecordPage page, RecordQuery query) {
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    for (Record record : page.records()) {
      items.add(RecordJson.toJson(entity, record));
    }
    json.put("nextCursor", page.next());
    if (query.page() != null) {
      json.put("page", query.page());
    }
    json.put("pageSize", query.pageSize());
    json.put("total", Math.min(page.count(), 10_000));
    json.put("totalCapped", page.countCapped());
    return json;
  }
}
