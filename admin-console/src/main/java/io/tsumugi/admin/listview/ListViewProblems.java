package io.tsumugi.admin.listview;

import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.Severity;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import io.tsumugi.metadata.validate.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata validator's verdict on one list view, as lines the administrator can act on: each
 * problem says which column, sort key or filter it is about and names its field, in ja or en.
 */
public final class ListViewProblems {

  private static final Pattern PART = Pattern.compile("^/(columns|sort|filters)/(\\d+)");

  private ListViewProblems() {}

  /** One problem: whether it blocks saving, and its text in both languages. */
  public record Line(boolean error, String ja, String en) {}

  /**
   * Validates {@code pkg}, in which the edited view is view {@code viewIndex} of entity {@code
   * entityIndex}, and returns the problems of that view. {@code label} gives a field's label.
   */
  public static List<Line> of(
      MetadataPackage pkg,
      int entityIndex,
      int viewIndex,
      ListView view,
      Function<String, String> label) {
    ValidationReport report = new MetadataValidator().validate(pkg);
    String prefix = "/entities/" + entityIndex + "/listViews/" + viewIndex;
    List<Line> lines = new ArrayList<>();
    lines.addAll(numbers(pkg, entityIndex, view, label));
    for (MetadataProblem p : report.problems()) {
      // The validator refuses filters and sort keys the list page's query would refuse.
      if (!p.path().startsWith(prefix)) {
        continue;
      }
      String[] where = where(p.path().substring(prefix.length()), view, label);
      lines.add(
          new Line(
              p.severity() == Severity.ERROR, where[0] + p.messageJa(), where[1] + p.messageEn()));
    }
    return lines;
  }

  /** A number field's filter with a value that is not a number (the schema would accept text). */
  private static List<Line> numbers(
      MetadataPackage pkg, int entityIndex, ListView view, Function<String, String> label) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < view.filters().size(); i++) {
      ListView.Filter f = view.filters().get(i);
      FieldType type =
          pkg.entities().get(entityIndex).field(f.field()).map(FieldDef::type).orElse(null);
      boolean numeric = type == FieldType.INTEGER || (type != null && type.isFixedPoint());
      List<?> values =
          f.value() instanceof List<?> l ? l : f.value() == null ? List.of() : List.of(f.value());
      for (Object v : values) {
        if (numeric && !(v instanceof BigDecimal)) {
          String[] where = where("/filters/" + i, view, label);
          lines.add(
              new Line(
                  true,
                  where[0] + "「" + v + "」は数値ではありません。",
                  where[1] + "\"" + v + "\" is not a number."));
        }
      }
    }
    return lines;
  }

  /** "フィルター 2（家賃）: " and "Filter 2 (Rent): " for a path inside the view. */
  static String[] where(String rest, ListView view, Function<String, String> label) {
    Matcher m = PART.matcher(rest);
    if (!m.find()) {
      return new String[] {"", ""};
    }
    int i = Integer.parseInt(m.group(2));
    String field =
        switch (m.group(1)) {
          case "columns" -> i < view.columns().size() ? view.columns().get(i) : null;
          case "sort" -> i < view.sort().size() ? view.sort().get(i).field() : null;
          default -> i < view.filters().size() ? view.filters().get(i).field() : null;
        };
    String name = field == null ? "" : label.apply(field);
    String ja =
        switch (m.group(1)) {
          case "columns" -> "列 ";
          case "sort" -> "並べ替え ";
          default -> "フィルター ";
        };
    String en =
        switch (m.group(1)) {
          case "columns" -> "Column ";
          case "sort" -> "Sort key ";
          default -> "Filter ";
        };
    return new String[] {
      ja + (i + 1) + (name.isEmpty() ? "" : "（" + name + "）") + ": ",
      en + (i + 1) + (name.isEmpty() ? "" : " (" + name + ")") + ": "
    };
  }
}
