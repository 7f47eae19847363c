package io.tsumugi.admin.field;

import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionCompiler;
import io.tsumugi.metadata.expr.ExpressionErrorText;
import io.tsumugi.metadata.expr.ExpressionEvaluationException;
import io.tsumugi.metadata.expr.ExpressionEvaluator;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.util.List;

/**
 * A formula tried on a real record while the administrator types it: the entity's newest stored
 * record, its name and what the formula gives for it. Nothing is saved or changed.
 */
final class FormulaPreview {

  private FormulaPreview() {}

  /** One line, "例：グランメゾン渋谷 → 12,800", or why there is no example; null if not compiled. */
  static String of(
      Engine engine,
      MetadataPackage pkg,
      EntityDef entity,
      String expression,
      ExprType type,
      boolean japanese) {
    Compilation c = ExpressionCompiler.forEntity(entity, pkg::entity).compile(expression, type);
    if (!c.ok()) {
      return null;
    }
    if (engine.active().current().pkg().entity(entity.name()).isEmpty()) {
      return ConsoleMessages.text("field.preview.notApplied");
    }
    RecordPage page =
        engine
            .queries()
            .query(
                CallerContext.system(),
                entity.name(),
                new RecordQuery(null, List.of(new SortKey("id", true)), 1, 1, null));
    if (page.records().isEmpty()) {
      return ConsoleMessages.text("field.preview.noRecords");
    }
    Record r = page.records().get(0);
    Object name = r.get(entity.nameField());
    String label = name == null ? "#" + r.id() : String.valueOf(name);
    try {
      Object value = ExpressionEvaluator.evaluate(c.compiled(), r.values());
      return ConsoleMessages.text(
          "field.preview.result",
          label,
          value == null ? ConsoleMessages.text("field.preview.empty") : String.valueOf(value));
    } catch (ExpressionEvaluationException e) {
      return ConsoleMessages.text(
          "field.preview.failed", label, ExpressionErrorText.evaluation(e.celMessage(), japanese));
    } catch (RuntimeException e) {
      return ConsoleMessages.text("field.preview.failed", label, String.valueOf(e.getMessage()));
    }
  }
}
