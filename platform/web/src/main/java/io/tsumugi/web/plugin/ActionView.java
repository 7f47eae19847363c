package io.tsumugi.web.plugin;

/** An action button, in the viewer's language (getters for EL). */
public final class ActionView {

  private final String pluginId;
  private final String id;
  private final String label;

  ActionView(String pluginId, String id, String label) {
    this.pluginId = pluginId;
    this.id = id;
    this.label = label;
  }

  public String getPluginId() {
    return pluginId;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  /** A stable HTML id: {@code action-<plugin>-<id>}. */
  public String getDomId() {
    return "action-" + pluginId + "-" + id;
  }
}
