package io.tsumugi.admin.rule;

import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.expr.ExpressionEvaluator;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule's expression over the stored records of an entity (read through the query service, at
 * most {@link #MAX_RECORDS}) and says on how many it fails, with the first few to open.
 */
final class RuleTrial {

  /**
   * What a trial found.
   *
   * @param sentence "Fails on 12 of 3,400 records." in the page's language
   * @param failing the first failing records, each as {@code id} and {@code name}
   */
  record Result(String sentence, List<Map<String, Object>> failing) {}

  /** The most records a trial reads. */
  static final int MAX_RECORDS = 5_000;

  private static final int PAGE = 500;
  private static final int NAMED = 5;

  private final Engine engine;

  RuleTrial(Engine engine) {
    this.engine = engine;
  }

  /** Runs the trial. */
  Result run(MetadataPackage pkg, EntityDef entity, String expression) {
    if (engine.active().current().pkg().entity(entity.name()).isEmpty()) {
      return new Result(ConsoleMessages.text("rule.trial.notApplied"), List.of());
    }
    Compilation c =
        ExpressionCompiler.forEntity(entity, pkg::entity).compile(expression, ExprType.BOOL);
    if (!c.ok()) {
      return new Result(ConsoleMessages.text("rule.expressionInvalid"), List.of());
    }
    CallerContext system = CallerContext.system();
    int read = 0;
    int failing = 0;
    List<Map<String, Object>> named = new ArrayList<>();
    RecordQuery query = RecordQuery.firstPage(PAGE);
    while (read < MAX_RECORDS) {
      RecordPage page = engine.queries().query(system, entity.name(), query);
      for (Record r : page.records()) {
        read++;
        boolean ok;
        try {
          ok = ExpressionEvaluator.test(c.compiled(), r.values());
        } catch (RuntimeException e) {
          ok = false;
        }
        if (!ok) {
          failing++;
          if (named.size() < NAMED) {
            Object name = r.get(entity.nameField());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("name", name == null ? "#" + r.id() : String.valueOf(name));
            named.add(row);
          }
        }
      }
      if (page.next() == null || page.records().isEmpty()) {
        break;
      }
      query = RecordQuery.firstPage(PAGE).after(page.next());
    }
    return new Result(ConsoleMessages.text("rule.trial.result", failing, read), named);
  }
}
