package io.tsumugi.admin.draft;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.ListView;
import java.util.List;
import java.util.function.UnaryOperator;

/** Follows a field's rename, or its removal, through the places of an entity that name it. */
final class Renames {

  private Renames() {}

  static EntityDef field(EntityDef e, String from, String to) {
    UnaryOperator<String> rename = n -> from.equals(n) ? to : n;
    Layouts layouts = mapLayouts(e.layouts(), names -> names.stream().map(rename).toList());
    List<ListView> views =
        e.listViews().stream()
            .map(
                v ->
                    new ListView(
                        v.name(),
                        v.label(),
                        v.mineOnly(),
                        v.columns().stream().map(rename).toList(),
                        v.sort().stream()
                            .map(s -> new ListView.Sort(rename.apply(s.field()), s.descending()))
                            .toList(),
                        v.filters().stream()
                            .map(
                                f ->
                                    new ListView.Filter(
                                        rename.apply(f.field()), f.operator(), f.value()))
                            .toList()))
            .toList();
    EntityDef renamed =
        new EntityDef(
            e.id(),
            e.name(),
            e.label(),
            e.pluralLabel(),
            e.description(),
            e.icon(),
            rename.apply(e.nameField()),
            e.pipelineField() == null ? null : rename.apply(e.pipelineField()),
            e.owned(),
            e.fields(),
            e.rules(),
            layouts,
            views);
    return renamed;
  }

  /** {@code e} without {@code name} in its layouts and list views (columns, sort, filters). */
  static EntityDef without(EntityDef e, String name) {
    Layouts layouts =
        mapLayouts(e.layouts(), names -> names.stream().filter(n -> !n.equals(name)).toList());
    List<ListView> views =
        e.listViews().stream()
            .map(
                v ->
                    new ListView(
                        v.name(),
                        v.label(),
                        v.mineOnly(),
                        v.columns().stream().filter(c -> !c.equals(name)).toList(),
                        v.sort().stream().filter(s -> !s.field().equals(name)).toList(),
                        v.filters().stream().filter(f -> !f.field().equals(name)).toList()))
            .toList();
    return e.withLayouts(layouts).withListViews(views);
  }

  private static Layouts mapLayouts(Layouts l, UnaryOperator<List<String>> names) {
    return new Layouts(
        sections(l.formSections(), names), sections(l.detailSections(), names), l.relatedLists());
  }

  private static List<LayoutSection> sections(
      List<LayoutSection> sections, UnaryOperator<List<String>> names) {
    return sections.stream()
        .map(s -> new LayoutSection(s.label(), s.columns(), s.collapsed(), names.apply(s.fields())))
        .toList();
  }
}
