package io.tsumugi.web.detail;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.RecordPage;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.records.FieldHistory;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.record.RecordDetailView;
import io.tsumugi.web.record.ValueDisplay;
import io.tsumugi.web.record.ViewerFormats;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs the timeline and history panels of {@code /r/view.xhtml} for the record the detail page
 * shows; read once per request.
 */
@Named("recordPanels")
@RequestScoped
public class RecordPanelsView {

  static final int TIMELINE_ROWS = 20;
  static final int HISTORY_ROWS = 50;

  @Inject private Engine engine;
  @Inject private RecordDetailView detail;
  @Inject private ViewerFormats formats;
  @Inject private ScreenCaller caller;

  private List<TimelineItem> timeline;
  private List<HistoryRow> history;

  private Optional<ActivitySource> source() {
    return ActivitySource.of(engine.active().current().pkg(), detail.getEntity());
  }

  /** Whether any activity can point at this record (else the panel is not shown). */
  public boolean isTimelineShown() {
    return source().isPresent();
  }

  /** The lookup a new activity fills with this record. */
  public String getActivityLookup() {
    return source().map(ActivitySource::lookupField).orElse(null);
  }

  public String getActivityEntity() {
    return ActivitySource.ENTITY;
  }

  /** The record's activities, newest first. */
  public List<TimelineItem> getTimeline() {
    if (timeline == null) {
      timeline = source().map(this::readTimeline).orElse(List.of());
    }
    return timeline;
  }

  private List<TimelineItem> readTimeline(ActivitySource source) {
    EntityViews views = formats.views(ActivitySource.ENTITY);
    ValueDisplay display = formats.display();
    Optional<FieldView> time = source.timeField().flatMap(f -> views.field(f.name()));
    Optional<FieldView> type = views.field("activity_type");
    List<SortKey> sort = new ArrayList<>();
    time.ifPresent(t -> sort.add(SortKey.desc(t.getName())));
    RecordPage page =
        engine
            .queries()
            .query(
                caller.get(),
                ActivitySource.ENTITY,
                new RecordQuery(source.filter(detail.getId()), sort, TIMELINE_ROWS, 1, null));
    String nameField = source.entity().nameField();
    List<TimelineItem> items = new ArrayList<>();
    for (Record r : page.records()) {
      Object name = nameField == null ? null : r.get(nameField);
      items.add(
          new TimelineItem(
              r.id(),
              name == null ? "#" + r.id() : name.toString(),
              type.map(t -> display.format(t, r.get(t.getName()))).orElse(""),
              time.map(t -> display.format(t, r.get(t.getName()))).orElse(""),
              firstLine(r.get("notes"))));
    }
    return items;
  }

  private static String firstLine(Object notes) {
    if (notes == null) {
      return "";
    }
    String line = notes.toString().strip().split("\\R", 2)[0];
    return line.length() > 120 ? line.substring(0, 119) + "…" : line;
  }

  /** The changes of the record's tracked fields, newest first. */
  public List<HistoryRow> getHistory() {
    if (history == null) {
      history = readHistory();
    }
    return history;
  }

  private List<HistoryRow> readHistory() {
    EntityViews views = formats.views(detail.getEntity());
    EntityDef entity = engine.active().entity(detail.getEntity());
    ValueDisplay display = formats.display();
    HistoryValues values = new HistoryValues(engine, caller.get(), display);
    List<HistoryRow> rows = new ArrayList<>();
    for (FieldHistory.Change change :
        engine.history().page(detail.getEntity(), detail.getId(), null, HISTORY_ROWS)) {
      Optional<FieldView> field = views.field(change.field());
      if (field.isEmpty() && entity.field(change.field()).isPresent()) {
        continue; // a field hidden from the viewer (a field since deleted shows by its name)
      }
      rows.add(
          new HistoryRow(
              field.map(FieldView::getLabel).orElse(change.field()),
              field.map(f -> values.text(f, change.oldValue())).orElse(change.oldValue()),
              field.map(f -> values.text(f, change.newValue())).orElse(change.newValue()),
              change.changedByName() == null ? "" : change.changedByName(),
              display.formatInstant(change.changedAt())));
    }
    return rows;
  }

  /** Whether the entity has any field whose changes are kept. */
  public boolean isHistoryShown() {
    return engine.active().entity(detail.getEntity()).fields().stream()
        .anyMatch(f -> f.trackHistory());
  }
}
