package io.tsumugi.core.records;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled formulas, rules and rollup filters of one metadata package, so that a record read or
 * write does not parse and type-check CEL again (compiling costs far more than evaluating). The
 * cache belongs to the package instance it was filled from: a new active version is a new package
 * object and starts an empty cache, so a changed field type can never meet a stale compilation.
 */
final class CompiledExpressions {

  private record Key(String entity, String expression, ExprType expected) {}

  private record Cache(MetadataPackage pkg, Map<Key, Compilation> compiled) {}

  private static volatile Cache cache = new Cache(null, Map.of());

  private CompiledExpressions() {}

  /** The compilation of {@code expression} against {@code e} in {@code pkg}, compiled once. */
  static Compilation of(MetadataPackage pkg, EntityDef e, String expression, ExprType expected) {
    Cache current = cache;
    if (current.pkg() != pkg) {
      current = new Cache(pkg, new ConcurrentHashMap<>());
      cache = current;
    }
    return current
        .compiled()
        .computeIfAbsent(
            new Key(e.name(), expression, expected),
            k -> ExpressionCompiler.forEntity(e, pkg::entity).compile(expression, expected));
  }
}
