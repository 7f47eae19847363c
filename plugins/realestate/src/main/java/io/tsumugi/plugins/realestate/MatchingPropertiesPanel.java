package io.tsumugi.plugins.realestate;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.PluginMessages;
import io.tsumugi.api.extension.DetailPanel;
import io.tsumugi.api.extension.PanelContent;
import io.tsumugi.api.record.RecordView;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

/** On a lead's page: the properties that match its search conditions, cheapest first. */
@Extension
public class MatchingPropertiesPanel implements DetailPanel {

  private final PluginContext context;

  /** Built by the platform with the plugin's context (queries as the viewer, texts). */
  public MatchingPropertiesPanel(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "matching_properties";
  }

  @Override
  public LocalizedMessage label() {
    return context.messages().get("panel.title");
  }

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals(RealEstate.LEAD);
  }

  @Override
  public PanelContent render(RecordView lead) {
    java.util.Collection<RecordView> matches =
        lead.id().isPresent()
            ? PropertyMatcher.forLead(context.queries(), lead.id().get())
            : List.of();
    PluginMessages m = context.messages();
    List<PanelContent.Row> rows = new ArrayList<>();
    NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
    for (RecordView p : matches) {
      rows.add(
          new PanelContent.Row(
              List.of(
                  text(p, "name"),
                  text(p, "floor_plan"),
                  "¥" + yen.format(PropertyMatcher.monthlyTotal(p)),
                  text(p, "nearest_station"),
                  // The unit is in the column header: cells are plain text, not ja/en.
                  text(p, "walk_minutes")),
              RealEstate.PROPERTY,
              p.id().orElseThrow()));
    }
    return new PanelContent(
        m.get("panel.title"),
        List.of(
            m.get("col.name"),
            m.get("col.plan"),
            m.get("col.monthly"),
            m.get("col.station"),
            m.get("col.walk")),
        rows,
        m.get("panel.empty"));
  }

  private static String text(RecordView record, String field) {
    return record.value(field).map(Object::toString).orElse("");
  }
}
