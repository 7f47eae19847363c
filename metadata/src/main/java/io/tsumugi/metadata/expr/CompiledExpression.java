package io.tsumugi.metadata.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.runtime.CelRuntime;
import java.util.Map;
import java.util.Set;

/**
 * A parsed and type-checked CEL expression, ready to evaluate. Immutable and thread-safe.
 *
 * @param source the expression text
 * @param ast the checked abstract syntax tree
 * @param resultType the checked result type, or {@code null} if it is none of {@link ExprType}
 * @param variables the declared variables and their types
 * @param references the field names the expression uses
 * @param program the runtime program
 */
public record CompiledExpression(
    String source,
    CelAbstractSyntaxTree ast,
    ExprType resultType,
    Map<String, ExprType> variables,
    Set<String> references,
    CelRuntime.Program program) {}
