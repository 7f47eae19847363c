package io.tsumugi.admin.entity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftRebase;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.MetadataPackage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/** Backs {@code /admin/entities.xhtml}: every entity of the draft (or active package). */
@Named
@RequestScoped
public class EntityListView {

  @Inject private ConsoleDraftService drafts;
  @Inject private AdminCaller caller;
  @Inject private ConsoleContext context;

  private List<EntityRow> rows;

  public List<EntityRow> getRows() {
    if (rows == null) {
      WorkingCopy copy = drafts.load(caller.loginId());
      MetadataPackage active = drafts.engine().active().current().pkg();
      List<String> changed = DraftRebase.changedEntityIds(active, copy.pkg());
      EntityOrigins origins = context.origins();
      rows = new ArrayList<>();
      for (EntityDef e : copy.pkg().entities()) {
        EntityOrigins.Origin origin = origins.of(e);
        rows.add(
            new EntityRow(
                e.name(),
                caller.text(e.label()),
                origin.name(),
                e.fields().size(),
                e.rules().size(),
                changed.contains(e.id()),
                origin != EntityOrigins.Origin.PLUGIN));
      }
    }
    return rows;
  }
}
