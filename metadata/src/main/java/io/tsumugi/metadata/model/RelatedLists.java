package io.tsumugi.metadata.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The related lists of an entity's detail page: those its detail layout names, then those other
 * entities contribute through a lookup to it with {@code relatedListColumns} (how a plugin shows
 * its records on a standard entity's page without changing that entity). A list the layout already
 * names is not repeated.
 */
public final class RelatedLists {

  private RelatedLists() {}

  /** The related lists of {@code parent}'s detail page in {@code pkg} (the active metadata). */
  public static List<RelatedList> of(MetadataPackage pkg, EntityDef parent) {
    List<RelatedList> lists = new ArrayList<>(parent.layouts().relatedLists());
    for (EntityDef child : pkg.entities()) {
      for (FieldDef field : child.fields()) {
        FieldOptions o = field.options();
        if (field.type() == FieldType.LOOKUP
            && o.relatedListColumns() != null
            && parent.name().equals(o.target())
            && lists.stream().noneMatch(r -> same(r, child, field))) {
          lists.add(
              new RelatedList(
                  child.name(), field.name(), o.relatedListLabel(), o.relatedListColumns()));
        }
      }
    }
    return lists;
  }

  private static boolean same(RelatedList r, EntityDef child, FieldDef field) {
    return child.name().equals(r.entity()) && field.name().equals(r.field());
  }
}
