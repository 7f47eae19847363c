package io.tsumugi.metadata.validate;

import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.expr.ExpressionError;
import io.tsumugi.metadata.expr.ExpressionErrorText;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.ValidationRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles and type-checks every CEL expression of an entity: rules must return bool, formulas
 * their declared result type, rollup filters bool over the child; formula cycles are refused with
 * the cycle named. CEL's errors are put into Japanese by {@link ExpressionErrorText}.
 */
final class ExpressionChecks {

  private ExpressionChecks() {}

  static void check(Context c, int ei, EntityDef e) {
    ExpressionCompiler compiler = ExpressionCompiler.forEntity(e, c::entity);
    String path = Context.entityPath(ei);
    for (int i = 0; i < e.rules().size(); i++) {
      ValidationRule r = e.rules().get(i);
      if (r.expression() != null) {
        typed(c, path + "/rules/" + i + "/expression", compiler, r.expression(), ExprType.BOOL);
      }
    }
    Map<String, Set<String>> formulaRefs = new LinkedHashMap<>();
    Map<String, Integer> formulaIndex = new HashMap<>();
    for (int i = 0; i < e.fields().size(); i++) {
      FieldDef f = e.fields().get(i);
      String fp = Context.fieldPath(ei, i);
      if (f.type() == FieldType.FORMULA && f.options().expression() != null) {
        FieldType result = f.options().resultType();
        if (result == null) {
          continue;
        }
        Compilation comp =
            typed(
                c,
                fp + "/options/expression",
                compiler,
                f.options().expression(),
                ExprType.of(result));
        if (comp.ok() && f.name() != null) {
          formulaRefs.put(f.name(), comp.compiled().references());
          formulaIndex.put(f.name(), i);
        }
      }
      if (f.type() == FieldType.ROLLUP && f.options().filter() != null) {
        c.entity(f.options().childEntity())
            .ifPresent(
                child ->
                    typed(
                        c,
                        fp + "/options/filter",
                        ExpressionCompiler.forEntity(child, c::entity),
                        f.options().filter(),
                        ExprType.BOOL));
      }
    }
    cycles(c, ei, formulaRefs, formulaIndex);
  }

  /** Compiles, reports errors, and checks the result type; returns the compilation if it passed. */
  private static Compilation typed(
      Context c, String path, ExpressionCompiler compiler, String expression, ExprType expected) {
    if (expression.codePointCount(0, expression.length()) > ExpressionCompiler.MAX_LENGTH) {
      return new Compilation(null, List.of()); // the JSON Schema stage reports the length
    }
    Compilation comp = compiler.compile(expression);
    report(c, path, comp);
    if (comp.ok() && comp.compiled().resultType() != expected) {
      String actual =
          comp.compiled().resultType() == null
              ? comp.compiled().ast().getResultType().name()
              : comp.compiled().resultType().celName();
      c.error(
          path,
          "expression.wrongType",
          ExpressionErrorText.returns(actual, expected.celName()),
          "the expression returns " + actual + " but " + expected.celName() + " is needed.");
      return new Compilation(null, List.of());
    }
    return comp;
  }

  private static void report(Context c, String path, Compilation comp) {
    for (ExpressionError err : comp.errors()) {
      String at = err.line() > 0 ? err.line() + " 行 " + err.column() + " 列目" : "";
      String atEn = err.line() > 0 ? " at line " + err.line() + ", column " + err.column() : "";
      c.error(
          path,
          err.message().startsWith("the expression returns")
              ? "expression.wrongType"
              : "expression.invalid",
          "式にエラーがあります"
              + (at.isEmpty() ? "" : "（" + at + "）")
              + ": "
              + ExpressionErrorText.ja(err.message()),
          "the expression has an error" + atEn + ": " + err.message());
    }
  }

  private static void cycles(
      Context c, int ei, Map<String, Set<String>> refs, Map<String, Integer> index) {
    Set<String> reported = new java.util.HashSet<>();
    Set<String> done = new java.util.HashSet<>();
    for (String start : refs.keySet()) {
      List<String> cycle = findCycle(start, refs, new ArrayList<>(), done);
      if (cycle != null && reported.add(new java.util.TreeSet<>(cycle).toString())) {
        String chain = String.join(" → ", cycle);
        c.error(
            Context.fieldPath(ei, index.get(cycle.get(0))) + "/options/expression",
            "formula.cycle",
            "数式が循環しています: " + chain,
            "formulas refer to each other in a cycle: " + chain.replace("→", "->"));
      }
    }
  }

  private static List<String> findCycle(
      String node, Map<String, Set<String>> refs, List<String> stack, Set<String> done) {
    if (done.contains(node)) {
      return null;
    }
    int at = stack.indexOf(node);
    if (at >= 0) {
      List<String> cycle = new ArrayList<>(stack.subList(at, stack.size()));
      cycle.add(node);
      return cycle;
    }
    Set<String> next = refs.get(node);
    if (next == null) {
      return null;
    }
    stack.add(node);
    for (String n : next) {
      List<String> found = findCycle(n, refs, stack, done);
      if (found != null) {
        return found;
      }
    }
    stack.remove(stack.size() - 1);
    done.add(node);
    return null;
  }
}
