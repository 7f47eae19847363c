package io.tsumugi.metadata.plan;

import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Builds proposed packages by editing the base package of src/test/resources/plan/base.json. */
final class PlanFixtures {

  static final MetadataPackage BASE = load("/plan/base.json");

  private PlanFixtures() {}

  static MetadataPackage load(String resource) {
    try (InputStream in = PlanFixtures.class.getResourceAsStream(resource)) {
      return new MetadataLoader().loadJson(in.readAllBytes()).orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MetadataPackage editEntity(
      MetadataPackage p, String entity, UnaryOperator<EntityDef> edit) {
    List<EntityDef> out = new ArrayList<>();
    for (EntityDef e : p.entities()) {
      out.add(e.name().equals(entity) ? edit.apply(e) : e);
    }
    return p.withEntities(out);
  }

  static MetadataPackage editField(
      MetadataPackage p, String entity, String field, UnaryOperator<FieldDef> edit) {
    return editEntity(
        p,
        entity,
        e -> {
          List<FieldDef> fields = new ArrayList<>();
          for (FieldDef f : e.fields()) {
            fields.add(f.name().equals(field) ? edit.apply(f) : f);
          }
          return e.withFields(fields);
        });
  }

  static MetadataPackage removeField(MetadataPackage p, String entity, String field) {
    return editEntity(
        p,
        entity,
        e -> e.withFields(e.fields().stream().filter(f -> !f.name().equals(field)).toList()));
  }

  static MetadataPackage addField(MetadataPackage p, String entity, FieldDef field) {
    return editEntity(
        p,
        entity,
        e -> {
          List<FieldDef> fields = new ArrayList<>(e.fields());
          fields.add(field);
          return e.withFields(fields);
        });
  }
}
