/**
 * Expressions: CEL (Common Expression Language) compiled and type-checked against an entity's
 * fields ({@link io.tsumugi.metadata.expr.ExpressionCompiler}), and evaluated on a record's values
 * ({@link io.tsumugi.metadata.expr.ExpressionEvaluator}); CEL's errors put into Japanese for
 * administrators ({@link io.tsumugi.metadata.expr.ExpressionErrorText}). Used by validation rules,
 * formula fields, rollup filters, and later automation conditions and scoring.
 */
package io.tsumugi.metadata.expr;
