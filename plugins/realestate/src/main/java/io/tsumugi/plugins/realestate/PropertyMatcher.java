package io.tsumugi.plugins.realestate;

import io.tsumugi.api.record.RecordFilter;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which properties fit a lead's search conditions (希望条件): the query narrows by what the database
 * can index (rent, floor plan, walk, area, station); {@link #matches} then checks what needs two
 * fields (rent plus management fee within the budget, available in time).
 */
public final class PropertyMatcher {

  /** At most this many properties per condition: the panel is a shortlist, not a search. */
  static final int SHORTLIST = 20;

  private PropertyMatcher() {}

  /** The query for properties that may fit {@code wish}. */
  public static RecordQuery queryFor(RecordView wish) {
    List<RecordFilter> filters = new ArrayList<>();
    wish.value("max_monthly").ifPresent(v -> filters.add(RecordFilter.le("rent", v)));
    wish.value("max_walk_minutes").ifPresent(v -> filters.add(RecordFilter.le("walk_minutes", v)));
    wish.value("min_area_sqm").ifPresent(v -> filters.add(RecordFilter.ge("area_sqm", v)));
    wish.value("station")
        .filter(s -> !s.toString().isBlank())
        .ifPresent(v -> filters.add(RecordFilter.eq("nearest_station", v)));
    wish.value("floor_plans")
        .filter(v -> v instanceof List<?> list && !list.isEmpty())
        .ifPresent(v -> filters.add(new RecordFilter("floor_plan", RecordFilter.Operator.IN, v)));
    return new RecordQuery(RealEstate.PROPERTY, filters, "rent", false, SHORTLIST);
  }

  /** Whether {@code property} fits {@code wish} on the conditions the query cannot say. */
  public static boolean matches(RecordView wish, RecordView property) {
    BigDecimal budget = decimal(wish.value("max_monthly").orElse(null));
    if (budget != null && monthlyTotal(property).compareTo(budget) > 0) {
      return false;
    }
    Object moveInBy = wish.value("move_in_by").orElse(null);
    Object available = property.value("available_from").orElse(null);
    return !(moveInBy instanceof LocalDate by && available instanceof LocalDate from)
        || !from.isAfter(by);
  }

  /** The properties matching any of {@code leadId}'s search conditions, cheapest first per wish. */
  public static java.util.Collection<RecordView> forLead(
      io.tsumugi.api.record.QueryService queries, String leadId) {
    java.util.Map<String, RecordView> matches = new java.util.LinkedHashMap<>();
    for (RecordView wish :
        queries.list(RecordQuery.of(RealEstate.WISH, RecordFilter.eq("sales_lead", leadId)))) {
      for (RecordView property : queries.list(queryFor(wish))) {
        if (matches(wish, property)) {
          matches.putIfAbsent(property.id().orElseThrow(), property);
        }
      }
    }
    return matches.values();
  }

  /** Rent plus management fee. */
  public static BigDecimal monthlyTotal(RecordView property) {
    BigDecimal rent = decimal(property.value("rent").orElse(null));
    BigDecimal fee = decimal(property.value("management_fee").orElse(null));
    return (rent == null ? BigDecimal.ZERO : rent).add(fee == null ? BigDecimal.ZERO : fee);
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    return value instanceof Number n ? new BigDecimal(n.toString()) : null;
  }
}
