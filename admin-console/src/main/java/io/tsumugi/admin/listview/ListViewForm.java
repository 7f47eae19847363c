package io.tsumugi.admin.listview;

import io.tsumugi.admin.console.FormText;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A list view while the administrator edits it: name, ja/en label, scope, ordered columns, sort
 * keys and filters with their values as typed. Turns into the metadata {@link ListView}, reading
 * each filter value as the field's type needs it (numbers, true/false, comma lists). Plain Java.
 */
public class ListViewForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String labelJa;
  private String labelEn;
  private boolean mineOnly;
  private final List<String> columns = new ArrayList<>();
  private final List<SortRow> sort = new ArrayList<>();
  private final List<FilterRow> filters = new ArrayList<>();

  /** A form filled from {@code view}. */
  public static ListViewForm of(ListView view) {
    ListViewForm f = new ListViewForm();
    f.name = view.name();
    f.labelJa = view.label() == null ? null : view.label().ja();
    f.labelEn = view.label() == null ? null : view.label().en();
    f.mineOnly = view.mineOnly();
    f.columns.addAll(view.columns());
    view.sort().forEach(s -> f.sort.add(new SortRow(s.field(), s.descending() ? "desc" : "asc")));
    view.filters()
        .forEach(x -> f.filters.add(new FilterRow(x.field(), x.operator(), typed(x.value()))));
    return f;
  }

  /** A filter value as the administrator types it (lists with commas). */
  public static String typed(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(ListViewForm::typed).toList());
    }
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** The list view; filter values are read for the field's type (see {@link #value}). */
  public ListView toListView(EntityDef entity) {
    return new ListView(
        name == null ? null : name.trim(),
        FormText.label(labelJa, labelEn),
        mineOnly,
        columns,
        sort.stream()
            .map(s -> new ListView.Sort(s.getField(), "desc".equals(s.getDirection())))
            .toList(),
        filters.stream()
            .map(
                x ->
                    new ListView.Filter(
                        x.getField(), x.getOperator(), value(entity.field(x.getField()), x)))
            .toList());
  }

  /**
   * The value of a filter as the metadata holds it: none for {@code is_null}/{@code is_not_null}, a
   * list for {@code in}/{@code not_in} (typed with commas), numbers for numeric fields and true or
   * false for checkboxes when they read as such; otherwise the text, which the validator then
   * judges (dates: {@code YYYY-MM-DD}, {@code today+60d}).
   */
  public static Object value(Optional<FieldDef> field, FilterRow row) {
    String text = FormText.blankToNull(row.getValue());
    if (row.isNoValue() || text == null) {
      return null;
    }
    if (row.getOperator() != null && row.getOperator().endsWith("in")) {
      return Arrays.stream(text.split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .map(s -> scalar(field, s))
          .toList();
    }
    return scalar(field, text);
  }

  private static Object scalar(Optional<FieldDef> field, String text) {
    FieldType type = field.map(FieldDef::type).orElse(null);
    if (type == FieldType.BOOLEAN && ("true".equals(text) || "false".equals(text))) {
      return Boolean.valueOf(text);
    }
    if (type == FieldType.INTEGER || (type != null && type.isFixedPoint())) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        return text;
      }
    }
    return text;
  }

  public void addColumn(String field) {
    if (field != null && !columns.contains(field)) {
      columns.add(field);
    }
  }

  public void moveColumn(int index, int delta) {
    int to = index + delta;
    if (index >= 0 && index < columns.size() && to >= 0 && to < columns.size()) {
      Collections.swap(columns, index, to);
    }
  }

  public void removeColumn(int index) {
    if (index >= 0 && index < columns.size()) {
      columns.remove(index);
    }
  }

  public void addSort(String field) {
    sort.add(new SortRow(field, "asc"));
  }

  public void removeSort(int index) {
    if (index >= 0 && index < sort.size()) {
      sort.remove(index);
    }
  }

  public void addFilter(String field) {
    filters.add(new FilterRow(field, "eq", null));
  }

  public void removeFilter(int index) {
    if (index >= 0 && index < filters.size()) {
      filters.remove(index);
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getLabelJa() {
    return labelJa;
  }

  public void setLabelJa(String labelJa) {
    this.labelJa = labelJa;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getScope() {
    return mineOnly ? "mine" : "all";
  }

  public void setScope(String scope) {
    this.mineOnly = "mine".equals(scope);
  }

  public List<String> getColumns() {
    return columns;
  }

  public List<SortRow> getSort() {
    return sort;
  }

  public List<FilterRow> getFilters() {
    return filters;
  }
}
