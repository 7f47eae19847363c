package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.ValidationRule;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that an entity's references to its own fields hold: the name field, the pipeline field,
 * layouts, related lists, list views and the fields rules attach their messages to.
 */
final class EntityChecks {

  private EntityChecks() {}

  static void check(Context c, int ei, EntityDef e) {
    String path = Context.entityPath(ei);
    if (e.nameField() != null) {
      Optional<FieldDef> f = e.field(e.nameField());
      if (f.isEmpty()) {
        unknownField(c, path + "/nameField", "nameField.unknown", e, e.nameField());
      } else if (!namesRecords(f.get())) {
        c.error(
            path + "/nameField",
            "nameField.wrongType",
            "レコード名の項目「"
                + e.nameField()
                + "」は text 型、autonumber 型、または結果が text の formula 型にしてください（"
                + f.get().type()
                + " 型です）。",
            "the name field \""
                + e.nameField()
                + "\" must be a text, autonumber or text formula field, not "
                + f.get().type()
                + ".");
      }
    }
    if (e.pipelineField() != null) {
      Optional<FieldDef> f = e.field(e.pipelineField());
      if (f.isEmpty()) {
        unknownField(c, path + "/pipelineField", "pipelineField.unknown", e, e.pipelineField());
      } else if (f.get().type() != FieldType.PICKLIST) {
        c.error(
            path + "/pipelineField",
            "pipelineField.wrongType",
            "パイプラインの項目「" + e.pipelineField() + "」は picklist 型にしてください。",
            "the pipeline field \"" + e.pipelineField() + "\" must be a picklist.");
      } else if (!filterable(f.get())) {
        // The board reads each column as a filter on this field.
        c.error(
            path + "/pipelineField",
            "pipelineField.notFilterable",
            "パイプラインの項目「" + e.pipelineField() + "」は「絞り込み可能」（filterable）にしてください。",
            "the pipeline field \"" + e.pipelineField() + "\" must be filterable.");
      }
    }
    sections(c, path + "/layouts/form/sections", e, e.layouts().formSections());
    sections(c, path + "/layouts/detail/sections", e, e.layouts().detailSections());
    List<RelatedList> related = e.layouts().relatedLists();
    for (int i = 0; i < related.size(); i++) {
      relatedList(c, path + "/layouts/detail/relatedLists/" + i, e, related.get(i));
    }
    Set<String> viewNames = new HashSet<>();
    for (int i = 0; i < e.listViews().size(); i++) {
      ListView v = e.listViews().get(i);
      String vp = path + "/listViews/" + i;
      if (v.name() != null && !viewNames.add(v.name())) {
        c.error(
            vp + "/name",
            "listView.duplicateName",
            "リストビュー名「" + v.name() + "」が重複しています。",
            "the list view name \"" + v.name() + "\" is used twice.");
      }
      listView(c, vp, e, v);
    }
    Set<String> ruleNames = new HashSet<>();
    for (int i = 0; i < e.rules().size(); i++) {
      ValidationRule r = e.rules().get(i);
      String rp = path + "/rules/" + i;
      if (r.name() != null && !ruleNames.add(r.name())) {
        c.error(
            rp + "/name",
            "rule.duplicateName",
            "入力規則名「" + r.name() + "」が重複しています。",
            "the rule name \"" + r.name() + "\" is used twice.");
      }
      if (r.field() != null && e.field(r.field()).isEmpty()) {
        unknownField(c, rp + "/field", "rule.unknownField", e, r.field());
      }
    }
  }

  private static boolean namesRecords(FieldDef f) {
    return f.type() == FieldType.TEXT
        || f.type() == FieldType.AUTONUMBER
        || (f.type() == FieldType.FORMULA && f.options().resultType() == FieldType.TEXT);
  }

  private static void sections(Context c, String path, EntityDef e, List<LayoutSection> sections) {
    Set<String> seen = new HashSet<>();
    for (int s = 0; s < sections.size(); s++) {
      List<String> fields = sections.get(s).fields();
      for (int i = 0; i < fields.size(); i++) {
        String name = fields.get(i);
        String fp = path + "/" + s + "/fields/" + i;
        if (name == null) {
          continue;
        }
        if (e.field(name).isEmpty()) {
          unknownField(c, fp, "layout.unknownField", e, name);
        } else if (!seen.add(name)) {
          c.error(
              fp,
              "layout.duplicateField",
              "項目「" + name + "」がレイアウトに 2 回以上置かれています。",
              "the field \"" + name + "\" is placed more than once in the layout.");
        }
      }
    }
  }

  private static void relatedList(Context c, String path, EntityDef e, RelatedList r) {
    if (r.entity() == null) {
      return;
    }
    Optional<EntityDef> child = c.entity(r.entity());
    if (child.isEmpty()) {
      c.error(
          path + "/entity",
          "relatedList.unknownEntity",
          "関連リストのエンティティ「" + r.entity() + "」が見つかりません。",
          "the related list's entity \"" + r.entity() + "\" does not exist.");
      return;
    }
    Optional<FieldDef> link = r.field() == null ? Optional.empty() : child.get().field(r.field());
    if (r.field() != null
        && (link.isEmpty()
            || link.get().type() != FieldType.LOOKUP
            || !String.valueOf(e.name()).equals(link.get().options().target()))) {
      c.error(
          path + "/field",
          "relatedList.notALookup",
          "「" + r.entity() + "." + r.field() + "」は「" + e.name() + "」を参照する参照項目ではありません。",
          "\"" + r.entity() + "." + r.field() + "\" is not a lookup to \"" + e.name() + "\".");
    }
    for (int i = 0; i < r.columns().size(); i++) {
      String col = r.columns().get(i);
      if (col != null && child.get().field(col).isEmpty()) {
        unknownField(c, path + "/columns/" + i, "relatedList.unknownField", child.get(), col);
      }
    }
  }

  private static void listView(Context c, String path, EntityDef e, ListView v) {
    for (int i = 0; i < v.columns().size(); i++) {
      String col = v.columns().get(i);
      if (col != null && e.field(col).isEmpty()) {
        unknownField(c, path + "/columns/" + i, "listView.unknownField", e, col);
      }
    }
    for (int i = 0; i < v.sort().size(); i++) {
      String name = v.sort().get(i).field();
      Optional<FieldDef> f = name == null ? Optional.empty() : e.field(name);
      if (name != null && f.isEmpty()) {
        unknownField(c, path + "/sort/" + i + "/field", "listView.unknownField", e, name);
      } else if (f.isPresent() && !sortable(f.get())) {
        // An error, not a warning: the query service refuses the sort, so the list would fail.
        c.error(
            path + "/sort/" + i + "/field",
            "listView.notSortable",
            "項目「" + name + "」では並べ替えできません。項目を「並べ替え可能」（sortable）にするか、別の項目で並べ替えてください。",
            "the field \""
                + name
                + "\" cannot be sorted on: make it sortable, or sort on another field.");
      }
    }
    filters(c, e, v.filters(), path, "listView");
  }

  /**
   * Checks filter conditions in list-view shape at {@code path}/filters/i: known fields, values
   * that fit the operator. Codes are {@code <codePrefix>.unknownField}, {@code .filterValue},
   * {@code .dateValue}.
   */
  static void filters(
      Context c, EntityDef e, List<ListView.Filter> filters, String path, String codePrefix) {
    for (int i = 0; i < filters.size(); i++) {
      ListView.Filter flt = filters.get(i);
      String fp = path + "/filters/" + i;
      Optional<FieldDef> f = flt.field() == null ? Optional.empty() : e.field(flt.field());
      if (flt.field() != null && f.isEmpty()) {
        unknownField(c, fp + "/field", codePrefix + ".unknownField", e, flt.field());
        continue;
      }
      if (f.isPresent() && !filterable(f.get())) {
        c.error(
            fp + "/field",
            codePrefix + ".notFilterable",
            "項目「" + flt.field() + "」では絞り込みできません。項目を「絞り込み可能」（filterable）にしてください。",
            "the field \"" + flt.field() + "\" cannot be filtered on: make it filterable.");
        continue;
      }
      if (flt.operator() == null) {
        continue;
      }
      boolean nullOp = flt.operator().startsWith("is_");
      boolean listOp = flt.operator().endsWith("in");
      if (nullOp != (flt.value() == null) || (!nullOp && listOp != (flt.value() instanceof List))) {
        c.error(
            fp + "/value",
            codePrefix + ".filterValue",
            "演算子 "
                + flt.operator()
                + " には"
                + (nullOp ? "値を指定しません" : listOp ? "値の配列が必要です" : "値が 1 つ必要です")
                + "。",
            "the operator "
                + flt.operator()
                + (nullOp
                    ? " takes no value"
                    : listOp ? " needs an array of values" : " needs one value")
                + ".");
      } else if (f.isPresent()
          && f.get().type() == FieldType.DATE
          && flt.value() instanceof String date
          && !ListView.DATE_VALUE.matcher(date).matches()) {
        c.error(
            fp + "/value",
            codePrefix + ".dateValue",
            "日付の値「" + date + "」は YYYY-MM-DD か、today、today+60d、today-7d の形にしてください。",
            "the date value \"" + date + "\" must be YYYY-MM-DD, today, today+60d or today-7d.");
      }
    }
  }

  /** What the query service filters on: stored and filterable, a lookup, or searchable. */
  static boolean filterable(FieldDef f) {
    return f.isStored() && (f.filterable() || f.isLookup() || f.searchable());
  }

  /** What the query service sorts on. */
  static boolean sortable(FieldDef f) {
    return f.isStored() && f.sortable() && f.type() != FieldType.MULTIPICKLIST;
  }

  static void unknownField(Context c, String path, String code, EntityDef e, String name) {
    c.error(
        path,
        code,
        "エンティティ「" + e.name() + "」に項目「" + name + "」がありません。",
        "the entity \"" + e.name() + "\" has no field \"" + name + "\".");
  }
}
