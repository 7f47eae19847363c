package io.tsumugi.core.access;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.Layouts;
import io.tsumugi.metadata.model.ListView;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.RelatedList;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.ValidationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The metadata as one caller may see it, for {@code GET /metadata/package} by a non-administrator:
 * only the entities the caller may read, without the fields hidden from them, and without anything
 * that names such a field (layout places, list view columns, list views that sort or filter on one,
 * rules whose expression reads one). The security section is left out: permission sets and sharing
 * rules are the administrator's. A view to read, not a package to apply.
 */
final class PackageView {

  private PackageView() {}

  static MetadataPackage of(MetadataPackage pkg, CallerAccess access) {
    List<EntityDef> entities = new ArrayList<>();
    for (EntityDef e : pkg.entities()) {
      if (access.permission(e.name()).read()) {
        entities.add(entity(pkg, e, access));
      }
    }
    return pkg.withEntities(entities).withSecurity(SecurityDef.NONE);
  }

  private static EntityDef entity(MetadataPackage pkg, EntityDef e, CallerAccess access) {
    Set<String> hidden = access.hiddenFields(e);
    List<FieldDef> fields = e.fields().stream().filter(f -> !hidden.contains(f.name())).toList();
    List<ValidationRule> rules =
        e.rules().stream().filter(r -> !mentionsAny(r.expression(), hidden)).toList();
    List<ListView> views = new ArrayList<>();
    for (ListView v : e.listViews()) {
      boolean usesHidden =
          v.sort().stream().anyMatch(s -> hidden.contains(root(s.field())))
              || v.filters().stream().anyMatch(f -> hidden.contains(root(f.field())));
      if (!usesHidden) {
        views.add(
            new ListView(
                v.name(),
                v.label(),
                v.mineOnly(),
                visible(v.columns(), hidden),
                v.sort(),
                v.filters()));
      }
    }
    Layouts l = e.layouts();
    List<RelatedList> related = new ArrayList<>();
    for (RelatedList r : l.relatedLists()) {
      EntityDef child = pkg.entity(r.entity()).orElse(null);
      if (child != null && access.permission(child.name()).read()) {
        Set<String> childHidden = access.hiddenFields(child);
        if (!childHidden.contains(r.field())) {
          related.add(
              new RelatedList(r.entity(), r.field(), r.label(), visible(r.columns(), childHidden)));
        }
      }
    }
    Layouts layouts =
        new Layouts(
            sections(l.formSections(), hidden), sections(l.detailSections(), hidden), related);
    return e.withFields(fields).withRules(rules).withListViews(views).withLayouts(layouts);
  }

  private static List<LayoutSection> sections(List<LayoutSection> sections, Set<String> hidden) {
    return sections.stream()
        .map(
            s ->
                new LayoutSection(
                    s.label(), s.columns(), s.collapsed(), visible(s.fields(), hidden)))
        .toList();
  }

  private static List<String> visible(List<String> names, Set<String> hidden) {
    return names.stream().filter(n -> !hidden.contains(root(n))).toList();
  }

  /** The field a path starts from ({@code account} of {@code account.name}). */
  private static String root(String path) {
    int dot = path == null ? -1 : path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** Whether a CEL expression names one of the fields, as a whole identifier. */
  private static boolean mentionsAny(String expression, Set<String> names) {
    if (expression == null || names.isEmpty()) {
      return false;
    }
    for (String n : names) {
      if (Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "(?![A-Za-z0-9_])")
          .matcher(expression)
          .find()) {
        return true;
      }
    }
    return false;
  }
}
