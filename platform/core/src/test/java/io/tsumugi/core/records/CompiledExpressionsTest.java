package io.tsumugi.core.records;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.standard.StandardPackage;
import org.junit.jupiter.api.Test;

class CompiledExpressionsTest {

  @Test
  void anExpressionIsCompiledOncePerPackageAndAgainForANewPackage() {
    MetadataPackage first = StandardPackage.load();
    EntityDef account = first.entity("account").orElseThrow();

    Compilation once = CompiledExpressions.of(first, account, "name != ''", ExprType.BOOL);
    Compilation again = CompiledExpressions.of(first, account, "name != ''", ExprType.BOOL);
    assertTrue(once.ok());
    assertSame(once, again);

    // A new active version is a new package object, even when nothing in it changed.
    MetadataPackage next =
        new MetadataPackage(
            first.namespace(),
            first.version(),
            first.label(),
            first.description(),
            first.entities(),
            first.picklists());
    Compilation afterNewVersion =
        CompiledExpressions.of(
            next, next.entity("account").orElseThrow(), "name != ''", ExprType.BOOL);
    assertNotSame(once, afterNewVersion);
  }
}
