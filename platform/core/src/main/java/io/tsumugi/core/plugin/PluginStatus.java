package io.tsumugi.core.plugin;

/** Where an installed plugin stands, as kept in {@code sys_plugin.status}. */
public enum PluginStatus {
  /** Installed and started with the server. */
  ENABLED,
  /** Installed, its file kept, not started; its entities stay in the metadata. */
  DISABLED,
  /** Installed and enabled but refused at the last start (see the last error). */
  FAILED,
  /** Removed: its file archived, its entities withdrawn from the metadata, its data archived. */
  UNINSTALLED
}
