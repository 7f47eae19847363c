package io.tsumugi.admin.draft;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports a package file into a draft: each entity of the file replaces the draft's entity of the
 * same id, or of the same API name (then taking over the existing entity's and fields' ids, so the
 * plan changes the table instead of archiving it and creating a new one); entities the file does
 * not mention stay as they are. Picklist sets of the file replace those of the same name; its
 * security section is laid over the draft's ({@link SecurityMerge}).
 */
public final class PackageMerge {

  private PackageMerge() {}

  /** {@code imported} merged into {@code draft}. */
  public static MetadataPackage merge(MetadataPackage draft, MetadataPackage imported) {
    MetadataPackage out = draft;
    for (EntityDef e : imported.entities()) {
      Optional<EntityDef> sameId =
          out.entities().stream().filter(d -> d.id().equals(e.id())).findFirst();
      Optional<EntityDef> sameName = out.entity(e.name());
      if (sameId.isEmpty() && sameName.isPresent()) {
        out = DraftEdits.putEntity(out, adoptIds(e, sameName.get()));
      } else {
        out = DraftEdits.putEntity(out, e);
      }
    }
    List<PicklistSet> sets = new ArrayList<>(out.picklists());
    for (PicklistSet s : imported.picklists()) {
      sets.removeIf(p -> p.name().equals(s.name()));
      sets.add(s);
    }
    return new MetadataPackage(
        out.namespace(),
        out.version(),
        out.label(),
        out.description(),
        out.entities(),
        sets,
        SecurityMerge.merge(out.security(), imported.security()));
  }

  private static EntityDef adoptIds(EntityDef incoming, EntityDef existing) {
    List<FieldDef> fields =
        incoming.fields().stream()
            .map(
                f ->
                    existing
                        .field(f.name())
                        .map(old -> f.toBuilder().id(old.id()).build())
                        .orElse(f))
            .toList();
    EntityDef withFields = incoming.withFields(fields);
    return new EntityDef(
        existing.id(),
        withFields.name(),
        withFields.label(),
        withFields.pluralLabel(),
        withFields.description(),
        withFields.icon(),
        withFields.nameField(),
        withFields.pipelineField(),
        withFields.owned(),
        withFields.fields(),
        withFields.rules(),
        withFields.layouts(),
        withFields.listViews());
  }

  /** Only the entities named in {@code names} (all when empty), for exporting a selection. */
  public static MetadataPackage only(MetadataPackage pkg, List<String> names) {
    if (names == null || names.isEmpty()) {
      return pkg;
    }
    return pkg.withEntities(pkg.entities().stream().filter(e -> names.contains(e.name())).toList())
        .withSecurity(SecurityMerge.only(pkg.security(), names));
  }
}
