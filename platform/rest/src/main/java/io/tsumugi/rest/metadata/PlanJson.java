package io.tsumugi.rest.metadata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tsumugi.core.schema.runtime.DataCheckAnswer;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.rest.problem.FieldError;
import io.tsumugi.rest.problem.Language;
import io.tsumugi.rest.support.Json;
import java.util.List;

/** Plans, data-check answers and metadata problems as JSON, texts in the caller's language. */
final class PlanJson {

  private PlanJson() {}

  static ObjectNode plan(Plan plan, List<DataCheckAnswer> answers, Language language) {
    ObjectNode out = Json.object();
    out.put("empty", plan.isEmpty());
    out.put("applicable", plan.isApplicable());
    out.put("safety", plan.overallSafety().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode changes = out.putArray("changes");
    for (Change change : plan.changes()) {
      ObjectNode c = changes.addObject();
      c.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
      c.put("safety", change.safety().name().toLowerCase(java.util.Locale.ROOT));
      c.put("entity", change.entity());
      c.put("field", change.field());
      c.put("summary", language.pick(change.summaryJa(), change.summaryEn()));
      ArrayNode checks = c.putArray("dataChecks");
      for (DataCheckAnswer a : answers) {
        if (a.change() == change) {
          checks
              .addObject()
              .put("description", language.pick(a.check().describeJa(), a.check().describeEn()))
              .put("count", a.count());
        }
      }
    }
    out.set("refusals", problems(plan.refusals(), language));
    return out;
  }

  static ArrayNode problems(List<MetadataProblem> problems, Language language) {
    ArrayNode out = Json.array();
    for (MetadataProblem p : problems) {
      out.addObject()
          .put("path", p.path())
          .put("code", p.code())
          .put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT))
          .put("message", language.pick(p.messageJa(), p.messageEn()));
    }
    return out;
  }

  static List<FieldError> fieldErrors(List<MetadataProblem> problems) {
    return problems.stream()
        .map(p -> new FieldError(p.path(), p.code(), p.messageJa(), p.messageEn()))
        .toList();
  }
}
