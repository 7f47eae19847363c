package io.tsumugi.plugins.realestate;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.extension.ActionResult;
import io.tsumugi.api.extension.RecordAction;
import io.tsumugi.api.record.RecordFilter;
import io.tsumugi.api.record.RecordQuery;
import io.tsumugi.api.record.RecordView;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A button on a lead: records each property matching the lead's conditions as an inquiry (反響) of
 * that lead, so the properties proposed are tracked; properties already inquired about are skipped.
 * Runs with the rights of the user who pressed it.
 */
@Extension
public class RecordMatchesAction implements RecordAction {

  private final PluginContext context;

  /** With the plugin's services and texts. */
  public RecordMatchesAction(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "record_matches";
  }

  @Override
  public LocalizedMessage label() {
    return context.messages().get("action.recordMatches");
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(RealEstate.LEAD);
  }

  @Override
  public ActionResult run(RecordView lead) {
    String leadId = lead.id().orElseThrow();
    Set<String> already = new HashSet<>();
    for (RecordView inquiry :
        context
            .queries()
            .list(
                RecordQuery.of(RealEstate.INQUIRY, RecordFilter.eq("sales_lead", leadId))
                    .limitedTo(RecordQuery.MAX_LIMIT))) {
      inquiry.value("property").ifPresent(p -> already.add(p.toString()));
    }
    int created = 0;
    for (RecordView property : PropertyMatcher.forLead(context.queries(), leadId)) {
      String propertyId = property.id().orElseThrow();
      if (already.add(propertyId)) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sales_lead", leadId);
        values.put("property", propertyId);
        values.put("received_on", LocalDate.now(ZoneId.of("Asia/Tokyo")));
        values.put("notes", context.messages().get("action.recordMatches.note").ja());
        context.records().create(RealEstate.INQUIRY, values);
        created++;
      }
    }
    return ActionResult.done(context.messages().get("action.recordMatches.done", created));
  }
}
