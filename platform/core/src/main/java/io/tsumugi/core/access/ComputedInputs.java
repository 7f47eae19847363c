package io.tsumugi.core.access;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fields a computed field is made of, for field-level security: a formula shows what its inputs
 * hold (a formula {@code annual_revenue > 1000000} tells a rep the hidden revenue), and a rollup
 * what its child entity's records hold. A formula's inputs are fields of its own entity; a rollup's
 * are the summarized child field and the fields its filter reads. Compiling CEL costs far more than
 * a check, so the inputs are kept for the active package instance, like the record service's
 * compiled expressions.
 */
final class ComputedInputs {

  private record Cache(MetadataPackage pkg, Map<String, Set<String>> byField) {}

  private static volatile Cache cache = new Cache(null, Map.of());

  private ComputedInputs() {}

  /**
   * The direct inputs of computed field {@code f} of {@code e}: same-entity field names for a
   * formula, child-entity field names for a rollup; empty for a stored field or an expression that
   * does not compile (it computes nothing then).
   */
  static Set<String> of(MetadataPackage pkg, EntityDef e, FieldDef f) {
    if (!f.type().isComputed()) {
      return Set.of();
    }
    Cache current = cache;
    if (current.pkg() != pkg) { // a new active version is a new package object
      current = new Cache(pkg, new ConcurrentHashMap<>());
      cache = current;
    }
    return current.byField().computeIfAbsent(e.name() + "." + f.name(), k -> inputs(pkg, e, f));
  }

  private static Set<String> inputs(MetadataPackage pkg, EntityDef e, FieldDef f) {
    if (f.type() == FieldType.FORMULA) {
      return references(pkg, e, f.options().expression());
    }
    Optional<EntityDef> child = Optional.ofNullable(f.options().childEntity()).flatMap(pkg::entity);
    if (child.isEmpty()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    if (f.options().summarizedField() != null) {
      out.add(f.options().summarizedField());
    }
    out.addAll(references(pkg, child.get(), f.options().filter()));
    return Set.copyOf(out);
  }

  private static Set<String> references(MetadataPackage pkg, EntityDef e, String expression) {
    if (expression == null) {
      return Set.of();
    }
    Compilation c = ExpressionCompiler.forEntity(e, pkg::entity).compile(expression);
    return c.ok() ? c.compiled().references() : Set.of();
  }
}
