package io.tsumugi.web.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.extension.ActionResult;
import io.tsumugi.api.extension.PanelContent;
import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.plugin.PluginRuntime;
import io.tsumugi.core.plugin.PluginScreens;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backs {@code plugin-extensions.xhtml} on the detail page: the running plugins' action buttons and
 * panels for one record, computed once per request; nothing at all when no plugin runs.
 */
@Named("pluginExtensions")
@RequestScoped
public class PluginExtensionsView {

  @Inject private PluginRuntime runtime;
  @Inject private Engine engine;
  @Inject private ScreenCaller caller;
  @Inject private ViewerLanguage language;

  private final Map<String, List<ActionView>> actions = new HashMap<>();
  private final Map<String, List<PanelView>> panels = new HashMap<>();

  /** The buttons offered on records of {@code entity}. */
  public List<ActionView> actions(String entity) {
    Optional<PluginScreens> screens = screens();
    if (entity == null || screens.isEmpty()) {
      return List.of();
    }
    return actions.computeIfAbsent(
        entity,
        e ->
            screens.get().actions(e).stream()
                .map(a -> new ActionView(a.pluginId(), a.id(), text(a.label())))
                .toList());
  }

  /** The panels for record {@code id} of {@code entity}. */
  public List<PanelView> panels(String entity, Long id) {
    Optional<PluginScreens> screens = screens();
    if (entity == null || id == null || screens.isEmpty()) {
      return List.of();
    }
    return panels.computeIfAbsent(entity + "/" + id, k -> render(screens.get(), entity, id));
  }

  /** Runs an action and shows its message; stays on the page (its data read again). */
  public String run(String entity, Long id, String pluginId, String actionId) {
    Optional<PluginScreens> screens = screens();
    Optional<Record> record = read(entity, id);
    if (screens.isEmpty() || record.isEmpty()) {
      return null;
    }
    EntityDef def = engine.active().entity(entity);
    ActionResult result = screens.get().run(caller.get(), def, record.get(), pluginId, actionId);
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                result.success() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                text(result.message()),
                null));
    panels.clear();
    return null;
  }

  private List<PanelView> render(PluginScreens screens, String entity, Long id) {
    Optional<Record> record = read(entity, id);
    if (record.isEmpty()) {
      return List.of();
    }
    EntityDef def = engine.active().entity(entity);
    List<PanelView> out = new ArrayList<>();
    for (PluginScreens.Panel p : screens.panels(caller.get(), def, record.get())) {
      String domId = "panel-" + p.pluginId() + "-" + p.id();
      PanelContent c = p.content();
      if (c == null) {
        out.add(new PanelView(domId, p.pluginId(), List.of(), List.of(), "", text(p.error())));
        continue;
      }
      List<PanelView.Row> rows =
          c.rows().stream()
              .map(r -> new PanelView.Row(r.cells(), r.entity(), r.recordId()))
              .toList();
      out.add(
          new PanelView(
              domId,
              text(c.title()),
              c.columns().stream().map(this::text).toList(),
              rows,
              text(c.emptyText()),
              null));
    }
    return out;
  }

  private Optional<Record> read(String entity, Long id) {
    if (entity == null || id == null) {
      return Optional.empty();
    }
    return engine.records().get(caller.get(), entity, id);
  }

  private Optional<PluginScreens> screens() {
    if (!runtime.anyRunning()) {
      return Optional.empty();
    }
    return runtime.host().map(PluginScreens::new);
  }

  private String text(LocalizedMessage m) {
    return m == null ? "" : language.isJapanese() ? m.ja() : m.en();
  }
}
