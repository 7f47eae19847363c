package io.tsumugi.web.list;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ListView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which columns a list shows: those of the chosen list view, or, when the entity has none, its name
 * field and the next few fields. Plain Java, tested with the standard package.
 */
public final class ListViewChoice {

  static final int DEFAULT_COLUMN_COUNT = 5;

  private ListViewChoice() {}

  /** The list view named {@code name}, else the entity's first one, else none. */
  public static Optional<ListView> pick(EntityDef entity, String name) {
    return entity.listViews().stream()
        .filter(view -> view.name().equals(name))
        .findFirst()
        .or(() -> entity.listViews().stream().findFirst());
  }

  /** The fields shown as columns, in order. */
  public static List<FieldDef> columns(EntityDef entity, Optional<ListView> view) {
    List<FieldDef> columns = new ArrayList<>();
    if (view.isPresent() && !view.get().columns().isEmpty()) {
      view.get().columns().forEach(name -> entity.field(name).ifPresent(columns::add));
      return columns;
    }
    if (entity.nameField() != null) {
      entity.field(entity.nameField()).ifPresent(columns::add);
    }
    for (FieldDef field : entity.fields()) {
      if (columns.size() >= DEFAULT_COLUMN_COUNT) {
        break;
      }
      if (!columns.contains(field) && field.type() != FieldType.LONGTEXT) {
        columns.add(field);
      }
    }
    return columns;
  }
}
