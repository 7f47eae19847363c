package io.tsumugi.web.home;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.Filter;
import io.tsumugi.core.query.RecordQuery;
import io.tsumugi.core.query.SortKey;
import io.tsumugi.core.recent.RecentRecord;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.web.metadata.FieldView;
import io.tsumugi.web.record.ViewerFormats;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs the home page's panels: the records the user opened or saved lately, and their open tasks
 * (activities of type {@value #TASK} they own, not {@code done}, by due date).
 */
@Named("homePanels")
@RequestScoped
public class HomePanelsView {

  static final String TASK = "task";
  static final int RECENT_ROWS = 10;
  static final int TASK_ROWS = 10;

  @Inject private Engine engine;
  @Inject private ScreenCaller caller;
  @Inject private ViewerFormats formats;

  private List<HomeItem> recent;
  private List<HomeItem> tasks;

  /** The user's latest records that still exist, newest first. */
  public List<HomeItem> getRecent() {
    if (recent == null) {
      recent = new ArrayList<>();
      CallerContext me = caller.get();
      MetadataPackage pkg = engine.active().current().pkg();
      if (me.userId() != null) {
        for (RecentRecord r : engine.recentRecords().latest(me.userId(), RECENT_ROWS * 2)) {
          Optional<EntityDef> def = pkg.entity(r.entity());
          if (def.isEmpty() || recent.size() >= RECENT_ROWS) {
            continue;
          }
          engine
              .records()
              .get(me, r.entity(), r.recordId())
              .ifPresent(
                  record ->
                      recent.add(
                          new HomeItem(
                              r.entity(),
                              record.id(),
                              name(def.get(), record),
                              formats.views(r.entity()).label(),
                              false)));
        }
      }
    }
    return recent;
  }

  /** Whether the metadata has tasks: an activity entity with a due date and a done flag. */
  public boolean isTasksShown() {
    return engine
        .active()
        .current()
        .pkg()
        .entity("activity")
        .filter(a -> a.field("due_date").isPresent() && a.field("done").isPresent())
        .isPresent();
  }

  /** The user's open tasks, the earliest due first. */
  public List<HomeItem> getTasks() {
    if (tasks == null) {
      tasks = isTasksShown() ? readTasks() : List.of();
    }
    return tasks;
  }

  private List<HomeItem> readTasks() {
    CallerContext me = caller.get();
    if (me.userId() == null) {
      return List.of();
    }
    EntityDef activity = engine.active().entity("activity");
    FieldView due = formats.views("activity").field("due_date").orElseThrow();
    Filter mine =
        Filter.and(
            Filter.eq("activity_type", TASK),
            Filter.ne("done", true),
            Filter.eq("owner_id", me.userId()));
    List<Record> records =
        engine
            .queries()
            .query(
                me,
                "activity",
                new RecordQuery(mine, List.of(SortKey.asc("due_date")), TASK_ROWS, 1, null))
            .records();
    LocalDate today = LocalDate.now(ZoneId.of(formats.timeZone()));
    List<HomeItem> out = new ArrayList<>();
    for (Record r : records) {
      Object date = r.get("due_date");
      boolean overdue = date instanceof LocalDate d && d.isBefore(today);
      out.add(
          new HomeItem(
              "activity", r.id(), name(activity, r), formats.display().format(due, date), overdue));
    }
    return out;
  }

  private static String name(EntityDef def, Record record) {
    Object name = def.nameField() == null ? null : record.get(def.nameField());
    return name == null ? "#" + record.id() : name.toString();
  }
}
