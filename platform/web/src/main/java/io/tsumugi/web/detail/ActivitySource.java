package io.tsumugi.web.detail;

import io.tsumugi.core.query.Filter;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;
import java.util.Optional;

/**
 * Where a record's activities come from: the entity named {@value #ENTITY} (the standard
 * package's), its lookups that point at the record's entity, and its first date-time field as the
 * time of each activity. Plain Java, tested with the standard package.
 */
public final class ActivitySource {

  /** The API name of the activity entity. */
  public static final String ENTITY = "activity";

  private final EntityDef activity;
  private final List<FieldDef> lookups;

  private ActivitySource(EntityDef activity, List<FieldDef> lookups) {
    this.activity = activity;
    this.lookups = lookups;
  }

  /** The activities of records of {@code entity}, or none when no activity points at it. */
  public static Optional<ActivitySource> of(MetadataPackage pkg, String entity) {
    if (ENTITY.equals(entity)) {
      return Optional.empty();
    }
    return pkg.entity(ENTITY)
        .map(
            a ->
                new ActivitySource(
                    a,
                    a.fields().stream()
                        .filter(f -> f.isLookup() && entity.equals(f.options().target()))
                        .toList()))
        .filter(source -> !source.lookups.isEmpty());
  }

  /** Activities whose lookups point at record {@code id}. */
  public Filter filter(long id) {
    List<Filter> any = lookups.stream().map(f -> (Filter) Filter.eq(f.name(), id)).toList();
    return any.size() == 1 ? any.get(0) : new Filter.Or(any);
  }

  /** The lookup a new activity for this record fills. */
  public String lookupField() {
    return lookups.get(0).name();
  }

  /** The field that dates an activity (the first sortable date-time), if any. */
  public Optional<FieldDef> timeField() {
    return activity.fields().stream()
        .filter(f -> f.type() == FieldType.DATETIME && f.sortable())
        .findFirst();
  }

  /** The activity entity. */
  public EntityDef entity() {
    return activity;
  }
}
