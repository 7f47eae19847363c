package io.tsumugi.metadata.expr;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.RollupFunction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compiles and type-checks CEL expressions against a set of typed variables, usually the fields of
 * an entity (see {@link ExprType} for how field types map to CEL types). Besides the fields, every
 * expression sees {@code present}, a {@code map(string, bool)} telling which fields have a value
 * (an empty field evaluates as the zero value of its type: "", 0, 0.0, false, the epoch, []).
 *
 * <pre>{@code
 * ExpressionCompiler c = ExpressionCompiler.forEntity(opportunity);
 * Compilation rule = c.compile("amount >= 0.0", ExprType.BOOL);
 * boolean ok = (Boolean) ExpressionEvaluator.evaluate(rule.compiled(), Map.of("amount", 1200));
 * }</pre>
 */
public final class ExpressionCompiler {

  /** The variable telling which fields have a value. */
  public static final String PRESENT = "present";

  /** Longest expression accepted, in code points. */
  public static final int MAX_LENGTH = 4000;

  static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(MAX_LENGTH)
          .maxParseRecursionDepth(64)
          .comprehensionMaxIterations(10_000)
          .enableTimestampEpoch(true)
          // 家賃 > 0 must work on a currency (a double): compare int and double by value.
          .enableHeterogeneousNumericComparisons(true)
          .build();

  static final CelRuntime RUNTIME =
      CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

  private final Map<String, ExprType> variables;
  private final CelCompiler compiler;

  /** A compiler declaring the given variables (plus {@code present}). */
  public ExpressionCompiler(Map<String, ExprType> variables) {
    this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    CelCompilerBuilder b =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(OPTIONS)
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar(PRESENT, MapType.create(SimpleType.STRING, SimpleType.BOOL));
    this.variables.forEach((name, type) -> b.addVar(name, type.celType()));
    this.compiler = b.build();
  }

  /** A compiler for the fields of an entity; rollups over other entities are typed as double. */
  public static ExpressionCompiler forEntity(EntityDef entity) {
    return forEntity(entity, name -> Optional.empty());
  }

  /**
   * A compiler for the fields of an entity.
   *
   * @param entity the entity whose fields become variables
   * @param entities finds other entities by name (for rollup result types)
   */
  public static ExpressionCompiler forEntity(
      EntityDef entity, Function<String, Optional<EntityDef>> entities) {
    Map<String, ExprType> vars = new LinkedHashMap<>();
    for (FieldDef f : entity.fields()) {
      ExprType t = typeOf(f, entities);
      if (f.name() != null && t != null && !vars.containsKey(f.name())) {
        vars.put(f.name(), t);
      }
    }
    return new ExpressionCompiler(vars);
  }

  /** The CEL type of a field, or {@code null} if it cannot be known (a broken definition). */
  public static ExprType typeOf(FieldDef f, Function<String, Optional<EntityDef>> entities) {
    if (f.type() == null) {
      return null;
    }
    if (f.type() == FieldType.FORMULA) {
      FieldType result = f.options().resultType();
      return result == null || result.isComputed() ? null : ExprType.of(result);
    }
    if (f.type() == FieldType.ROLLUP) {
      RollupFunction fn = f.options().function();
      if (fn == RollupFunction.COUNT) {
        return ExprType.INT;
      }
      Optional<FieldType> summarized =
          Optional.ofNullable(f.options().childEntity())
              .flatMap(entities)
              .flatMap(c -> Optional.ofNullable(f.options().summarizedField()).flatMap(c::field))
              .map(FieldDef::type);
      if (summarized.isPresent()
          && (summarized.get() == FieldType.DATE || summarized.get() == FieldType.DATETIME)) {
        return ExprType.TIMESTAMP;
      }
      if (summarized.isPresent() && summarized.get() == FieldType.INTEGER) {
        return ExprType.INT;
      }
      return ExprType.DOUBLE;
    }
    return ExprType.of(f.type());
  }

  /** The declared variables (without {@code present}). */
  public Map<String, ExprType> variables() {
    return variables;
  }

  /** Parses and type-checks an expression. */
  public Compilation compile(String expression) {
    if (expression == null || expression.isBlank()) {
      return new Compilation(null, List.of(new ExpressionError(0, 0, "empty expression")));
    }
    if (expression.codePointCount(0, expression.length()) > MAX_LENGTH) {
      return new Compilation(
          null,
          List.of(
              new ExpressionError(0, 0, "expression longer than " + MAX_LENGTH + " characters")));
    }
    CelValidationResult result;
    try {
      result = compiler.compile(expression);
    } catch (RuntimeException e) {
      return new Compilation(null, List.of(new ExpressionError(0, 0, String.valueOf(e))));
    }
    if (result.hasError()) {
      return new Compilation(null, errors(result.getErrors()));
    }
    try {
      CelAbstractSyntaxTree ast = result.getAst();
      Set<String> refs = new LinkedHashSet<>();
      for (CelReference r : ast.getReferenceMap().values()) {
        if (r.overloadIds().isEmpty() && variables.containsKey(r.name())) {
          refs.add(r.name());
        }
      }
      CelRuntime.Program program = RUNTIME.createProgram(ast);
      return new Compilation(
          new CompiledExpression(
              expression,
              ast,
              ExprType.fromCel(ast.getResultType()),
              variables,
              Collections.unmodifiableSet(refs),
              program),
          List.of());
    } catch (CelValidationException | CelEvaluationException e) {
      return new Compilation(null, List.of(new ExpressionError(0, 0, e.getMessage())));
    }
  }

  /** Compiles an expression and requires its result to be of the given type. */
  public Compilation compile(String expression, ExprType expected) {
    Compilation c = compile(expression);
    if (!c.ok() || c.compiled().resultType() == expected) {
      return c;
    }
    String actual =
        c.compiled().resultType() == null
            ? c.compiled().ast().getResultType().name()
            : c.compiled().resultType().celName();
    return new Compilation(
        null,
        List.of(
            new ExpressionError(
                0,
                0,
                "the expression returns " + actual + " but " + expected.celName() + " is needed")));
  }

  private static List<ExpressionError> errors(List<CelIssue> issues) {
    return issues.stream()
        .map(
            i ->
                new ExpressionError(
                    Math.max(0, i.getSourceLocation().getLine()),
                    Math.max(0, i.getSourceLocation().getColumn() + 1),
                    i.getMessage()))
        .toList();
  }
}
