package io.tsumugi.web.list;

import io.tsumugi.core.preferences.ListPreference;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.Operator;
import io.tsumugi.core.query.RelativeDate;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.web.session.UserSession;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns a list view's saved filters and scope, the user's ad hoc conditions and the quick-find text
 * into one query service filter.
 */
final class ListFilters {

  private ListFilters() {}

  /** All of the view's filters and the quick find, or null when there is nothing to filter. */
  static Filter of(EntityDef entity, ListView view, String quickFind) {
    return of(entity, view, quickFind, List.of(), null);
  }

  /**
   * The view's filters (and its "mine" scope for {@code userId}), the ad hoc conditions and the
   * quick find, all of which must hold; null when there is nothing to filter.
   */
  static Filter of(
      EntityDef entity,
      ListView view,
      String quickFind,
      List<ListPreference.Condition> adHoc,
      Long userId) {
    List<Filter> all = new ArrayList<>();
    if (view != null) {
      view.filters().forEach(filter -> all.add(condition(filter)));
      if (view.mineOnly() && userId != null) {
        all.add(Filter.eq("owner_id", userId));
      }
    }
    adHoc.forEach(c -> all.add(condition(c.field(), c.operator(), c.value())));
    Filter find = quickFind(entity, quickFind);
    if (find != null) {
      all.add(find);
    }
    if (all.isEmpty()) {
      return null;
    }
    return all.size() == 1 ? all.get(0) : new Filter.And(all);
  }

  static Filter condition(ListView.Filter saved) {
    return condition(saved.field(), saved.operator(), saved.value());
  }

  /** One condition with a list view operator ({@code eq}, {@code contains}, ...). */
  static Filter condition(String field, String operator, Object value) {
    return Filter.listView(field, operator, values(value));
  }

  /** Any searchable text field containing the text (case as stored). */
  static Filter quickFind(EntityDef entity, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<Filter> any = new ArrayList<>();
    for (FieldDef field : entity.searchableFields()) {
      if (field.type().isStringLike()) {
        any.add(new Filter.Condition(field.name(), Operator.CONTAINS, List.of(text.trim())));
      }
    }
    if (any.isEmpty()) {
      return null;
    }
    return any.size() == 1 ? any.get(0) : new Filter.Or(any);
  }

  /** The saved values, with relative dates ({@code today+60d}) resolved on today's date. */
  private static List<Object> values(Object value) {
    if (value == null) {
      return List.of();
    }
    Clock clock = Clock.system(ZoneId.of(UserSession.timeZoneSetting()));
    if (value instanceof Collection<?> many) {
      return new ArrayList<>(many.stream().map(v -> RelativeDate.resolve(v, clock)).toList());
    }
    return List.of(RelativeDate.resolve(value, clock));
  }
}
