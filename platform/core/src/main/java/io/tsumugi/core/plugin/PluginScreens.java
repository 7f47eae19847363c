package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.extension.ActionResult;
import io.tsumugi.api.extension.DetailPanel;
import io.tsumugi.api.extension.PanelContent;
import io.tsumugi.api.extension.RecordAction;
import io.tsumugi.api.record.SimpleRecord;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.metadata.model.EntityDef;
import java.util.ArrayList;
import java.util.List;

/**
 * What the screens need from the plugins on a record's detail page: the actions offered (buttons)
 * and the panels rendered, each run as the viewer. A failing plugin never breaks the page: its
 * panel shows an error, its action answers a failure, both naming the plugin (and logged with its
 * id by {@link PluginExtensions}).
 */
public final class PluginScreens {

  /**
   * A button on the detail page.
   *
   * @param pluginId the plugin
   * @param id the action's id within the plugin
   * @param label the button's label
   */
  public record Action(String pluginId, String id, LocalizedMessage label) {}

  /**
   * A rendered panel: its content, or the error it failed with.
   *
   * @param pluginId the plugin
   * @param id the panel's id within the plugin
   * @param content the content, {@code null} when it failed
   * @param error why it failed, {@code null} when it rendered
   */
  public record Panel(String pluginId, String id, PanelContent content, LocalizedMessage error) {}

  private final PluginHost host;

  /** The screens' view of {@code host}'s running plugins. */
  public PluginScreens(PluginHost host) {
    this.host = host;
  }

  /** The actions offered on records of {@code entity}. */
  public List<Action> actions(String entity) {
    if (!host.anyRunning()) {
      return List.of();
    }
    List<Action> out = new ArrayList<>();
    try {
      for (PluginExtensions.Owned<RecordAction> a : host.extensions().actions(entity)) {
        out.add(
            new Action(
                a.pluginId(),
                a.extension().id(),
                host.extensions().call(a, "RecordAction.label", () -> a.extension().label())));
      }
    } catch (PluginExtensionException e) {
      return out; // logged; the page shows the actions that work
    }
    return out;
  }

  /** The panels for {@code record}, rendered as {@code caller}. */
  public List<Panel> panels(CallerContext caller, EntityDef entity, Record record) {
    if (!host.anyRunning()) {
      return List.of();
    }
    List<PluginExtensions.Owned<DetailPanel>> found;
    try {
      found = host.extensions().panels(entity.name());
    } catch (PluginExtensionException e) {
      return List.of(new Panel(e.pluginId(), "", null, e.localized()));
    }
    SimpleRecord view = PluginRecordView.of(entity, record);
    List<Panel> out = new ArrayList<>();
    for (PluginExtensions.Owned<DetailPanel> p : found) {
      try {
        PanelContent content =
            CallerScope.as(
                caller,
                () -> host.extensions().call(p, "DetailPanel", () -> p.extension().render(view)));
        out.add(new Panel(p.pluginId(), p.extension().id(), content, null));
      } catch (PluginExtensionException e) {
        out.add(new Panel(p.pluginId(), "", null, e.localized()));
      }
    }
    return out;
  }

  /** Runs action {@code actionId} of {@code pluginId} on {@code record} as {@code caller}. */
  public ActionResult run(
      CallerContext caller, EntityDef entity, Record record, String pluginId, String actionId) {
    SimpleRecord view = PluginRecordView.of(entity, record);
    try {
      for (PluginExtensions.Owned<RecordAction> a : host.extensions().actions(entity.name())) {
        if (a.pluginId().equals(pluginId) && a.extension().id().equals(actionId)) {
          return CallerScope.as(
              caller,
              () -> host.extensions().call(a, "RecordAction", () -> a.extension().run(view)));
        }
      }
    } catch (PluginExtensionException e) {
      return ActionResult.failed(e.localized());
    } catch (io.tsumugi.core.records.FieldErrorsException e) {
      var first = e.errors().get(0);
      return ActionResult.failed(new LocalizedMessage(first.messageJa(), first.messageEn()));
    }
    return ActionResult.failed(
        new LocalizedMessage(
            "操作「" + actionId + "」はありません(プラグイン「" + pluginId + "」が停止中かもしれません)。",
            "There is no action '" + actionId + "' (plugin '" + pluginId + "' may be stopped)."));
  }
}
