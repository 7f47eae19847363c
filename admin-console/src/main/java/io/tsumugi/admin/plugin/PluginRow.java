package io.tsumugi.admin.plugin;

import java.io.Serializable;

/** One installed plugin as the plugins page shows it. */
public final class PluginRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String version;
  private final String status;
  private final boolean running;
  private final String sha256;
  private final String problem;

  PluginRow(
      String id, String version, String status, boolean running, String sha256, String problem) {
    this.id = id;
    this.version = version;
    this.status = status;
    this.running = running;
    this.sha256 = sha256;
    this.problem = problem;
  }

  public String getId() {
    return id;
  }

  public String getVersion() {
    return version;
  }

  /** {@code enabled}, {@code disabled}, {@code failed} or {@code uninstalled}. */
  public String getStatus() {
    return status;
  }

  public boolean isRunning() {
    return running;
  }

  public String getSha256() {
    return sha256;
  }

  /** The first 12 hex digits, for the table (the whole value is the cell's title). */
  public String getSha256Short() {
    return sha256 == null || sha256.length() < 12 ? sha256 : sha256.substring(0, 12) + "…";
  }

  /** The last error in the page's language, or empty. */
  public String getProblem() {
    return problem;
  }

  public boolean isUninstalled() {
    return "uninstalled".equals(status);
  }
}
