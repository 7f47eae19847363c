package io.tsumugi.admin.layout;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.List;

/** The choices the layout editor offers, read from the draft package in the admin's language. */
final class LayoutChoices {

  private LayoutChoices() {}

  /**
   * Every lookup of any entity that points at {@code parent}, as {@code entity.field} choices
   * labelled "Child: Lookup": the related lists {@code parent}'s detail page can show.
   */
  static List<SelectItem> children(MetadataPackage pkg, String parent, AdminCaller caller) {
    List<SelectItem> out = new ArrayList<>();
    for (EntityDef child : pkg.entities()) {
      for (FieldDef f : child.fields()) {
        if (f.isLookup() && parent.equals(f.options().target())) {
          out.add(
              new SelectItem(
                  child.name() + "." + f.name(),
                  caller.text(child.pluralLabel()) + ": " + caller.text(f.label())));
        }
      }
    }
    return out;
  }

  /** "Child: Lookup" for a related list, or its {@code entity.field} key when either is gone. */
  static String relatedTitle(MetadataPackage pkg, RelatedDraft r, AdminCaller caller) {
    return pkg.entity(r.getEntity())
        .flatMap(
            child ->
                child
                    .field(r.getField())
                    .map(f -> caller.text(child.pluralLabel()) + ": " + caller.text(f.label())))
        .orElse(r.getKey());
  }

  /** The label of {@code field} of {@code entity}, or the API name when it is unknown. */
  static String fieldLabel(MetadataPackage pkg, String entity, String field, AdminCaller caller) {
    return pkg.entity(entity)
        .flatMap(e -> e.field(field))
        .map(f -> caller.text(f.label()))
        .orElse(field);
  }
}
