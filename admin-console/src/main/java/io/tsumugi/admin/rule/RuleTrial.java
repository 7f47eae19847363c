package io.tsumugi.admin.rule;

import io.tsumugi.admin.console.AdminCaller;
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
import java.util.List;

/**
 * Runs a rule's expression over the stored records of an entity (read through the query service, at
 * most {@link #MAX_RECORDS}) and says on how many it fails, naming the first few.
 */
final class RuleTrial {

  /** The most records a trial reads. */
  static final int MAX_RECORDS = 5_000;

  private static final int PAGE = 500;
  private static final int NAMED = 5;

  private final Engine engine;

  RuleTrial(Engine engine) {
    this.engine = engine;
  }

  /** The result as one sentence in the page's language. */
  String run(MetadataPackage pkg, EntityDef entity, String expression, AdminCaller caller) {
    if (engine.active().current().pkg().entity(entity.name()).isEmpty()) {
      return ConsoleMessages.text("rule.trial.notApplied");
    }
    Compilation c =
        ExpressionCompiler.forEntity(entity, pkg::entity).compile(expression, ExprType.BOOL);
    if (!c.ok()) {
      return ConsoleMessages.text("rule.expressionInvalid");
    }
    CallerContext system = CallerContext.system();
    int read = 0;
    int failing = 0;
    List<String> names = new ArrayList<>();
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
          if (names.size() < NAMED) {
            Object name = r.get(entity.nameField());
            names.add(name == null ? "#" + r.id() : String.valueOf(name));
          }
        }
      }
      if (page.next() == null || page.records().isEmpty()) {
        break;
      }
      query = RecordQuery.firstPage(PAGE).after(page.next());
    }
    String result = ConsoleMessages.text("rule.trial.result", failing, read);
    return names.isEmpty() ? result : result + " " + String.join(caller.pick("、", ", "), names);
  }
}
