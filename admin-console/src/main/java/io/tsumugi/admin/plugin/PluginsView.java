package io.tsumugi.admin.plugin;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.core.plugin.InstalledPlugin;
import io.tsumugi.core.plugin.PluginHost;
import io.tsumugi.core.plugin.PluginPreview;
import io.tsumugi.core.plugin.PluginProblem;
import io.tsumugi.core.plugin.PluginRefusedException;
import io.tsumugi.core.plugin.PluginRuntime;
import io.tsumugi.metadata.plan.Change;
import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /admin/plugins.xhtml}: the installed plugins and the files refused at start; an
 * uploaded jar is inspected and its metadata plan previewed before the administrator confirms the
 * install (or upgrade); enable, disable and uninstall (with or without purge) act on the chosen
 * plugin. Everything goes through the core {@link PluginHost} (the same as {@code /api/v1/plugins})
 * and each action that changes something is recorded in the console audit.
 */
@Named("pluginsPage")
@ViewScoped
public class PluginsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient PluginRuntime runtime;
  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private transient UploadedFile file;
  private String chosen = "";
  private boolean purge;
  private String pendingFile; // the previewed upload waiting for confirmation
  private String pendingId;
  private String pendingVersion;
  private String pendingInstalled;
  private String pendingSha256;
  private String pendingNote;
  private final List<PlanRow> pendingChanges = new ArrayList<>();

  /** Every plugin ever installed, in the page's language. */
  public List<PluginRow> getRows() {
    return host()
        .map(
            h -> {
              List<String> running = h.running();
              return h.installed().stream()
                  .map(p -> row(p, running.contains(p.pluginId())))
                  .toList();
            })
        .orElse(List.of());
  }

  /** The files refused at the last start: "file: why". */
  public List<String> getRefusedAtStart() {
    return host().map(h -> h.problems().stream().map(this::problemText).toList()).orElse(List.of());
  }

  /** Whether the plugin host runs (it may have failed to start; the server log says why). */
  public boolean isHostAvailable() {
    return host().isPresent();
  }

  /** Inspects the uploaded jar and plans its metadata; nothing is installed yet. */
  public String preview() {
    cancel();
    if (file == null || file.getSize() == 0) {
      ConsoleMessages.error(null, ConsoleMessages.text("plugins.noFile"));
      return null;
    }
    Path upload = PluginUploadFile.write(file);
    if (upload == null) {
      ConsoleMessages.error(null, ConsoleMessages.text("plugins.tooLarge"));
      return null;
    }
    PluginPreview preview = refusing(h -> h.preview(upload));
    if (preview == null) {
      PluginUploadFile.delete(upload);
      return null;
    }
    pendingFile = upload.toString();
    pendingId = preview.pluginId();
    pendingVersion = preview.version();
    pendingInstalled = preview.installedVersion();
    pendingSha256 = preview.sha256();
    pendingNote = preview.note() == null ? null : localized(preview.note());
    for (Change c : preview.changes()) {
      pendingChanges.add(new PlanRow(caller.pick(c.summaryJa(), c.summaryEn()), c.safety().name()));
    }
    return null;
  }

  /** Installs (or upgrades to) the previewed file. */
  public String confirm() {
    if (pendingFile == null) {
      return null;
    }
    Path upload = Path.of(pendingFile);
    boolean upgrade = pendingInstalled != null;
    String id = pendingId;
    InstalledPlugin done = refusing(h -> upgrade ? h.upgrade(upload, id) : h.install(upload));
    cancel();
    if (done != null) {
      audit(upgrade ? "plugin.upgraded" : "plugin.installed", done);
      ConsoleMessages.info(
          ConsoleMessages.text(
              upgrade ? "plugins.upgraded" : "plugins.installed", done.pluginId(), done.version()));
    }
    return null;
  }

  /** Forgets the previewed upload. */
  public String cancel() {
    if (pendingFile != null) {
      PluginUploadFile.delete(Path.of(pendingFile));
    }
    pendingFile = null;
    pendingId = null;
    pendingVersion = null;
    pendingInstalled = null;
    pendingSha256 = null;
    pendingNote = null;
    pendingChanges.clear();
    return null;
  }

  /** Starts the chosen plugin again. */
  public String enable() {
    return act("plugin.enabled", "plugins.enabled", h -> h.enable(chosen));
  }

  /** Stops the chosen plugin's extensions; its entities and data stay. */
  public String disable() {
    return act("plugin.disabled", "plugins.disabled", h -> h.disable(chosen));
  }

  /** Uninstalls the chosen plugin: its tables archived, or dropped when purge is ticked. */
  public String uninstall() {
    boolean drop = purge;
    purge = false;
    return act(
        drop ? "plugin.purged" : "plugin.uninstalled",
        drop ? "plugins.purged" : "plugins.uninstalled",
        h -> h.uninstall(chosen, drop));
  }

  @PreDestroy
  void discardPendingUpload() {
    cancel();
  }

  private String act(
      String auditAction, String messageKey, Function<PluginHost, InstalledPlugin> op) {
    if (chosen == null || chosen.isBlank()) {
      ConsoleMessages.error(null, ConsoleMessages.text("plugins.chooseFirst"));
      return null;
    }
    InstalledPlugin done = refusing(op);
    if (done != null) {
      audit(auditAction, done);
      ConsoleMessages.info(ConsoleMessages.text(messageKey, done.pluginId(), done.version()));
    }
    return null;
  }

  /** Runs {@code op}; a refusal becomes a page message in the admin's language and {@code null}. */
  private <T> T refusing(Function<PluginHost, T> op) {
    Optional<PluginHost> host = host();
    if (host.isEmpty()) {
      ConsoleMessages.error(null, ConsoleMessages.text("plugins.hostUnavailable"));
      return null;
    }
    try {
      return op.apply(host.get());
    } catch (PluginRefusedException e) {
      ConsoleMessages.error(null, localized(e.localized()) + " (" + e.code() + ")");
      return null;
    } catch (RuntimeException e) {
      // An unexpected failure (e.g. the metadata apply): shown, the page keeps working.
      ConsoleMessages.error(
          null, ConsoleMessages.text("plugins.failed", String.valueOf(e.getMessage())));
      return null;
    }
  }

  private void audit(String action, InstalledPlugin p) {
    drafts.audit(
        caller.loginId(), action, p.pluginId() + " " + p.version() + " sha256:" + p.sha256());
  }

  private PluginRow row(InstalledPlugin p, boolean running) {
    return new PluginRow(
        p.pluginId(),
        p.version(),
        p.status().name().toLowerCase(Locale.ROOT),
        running,
        p.sha256(),
        p.lastError() == null ? "" : p.lastError());
  }

  private String problemText(PluginProblem p) {
    return p.fileName() + ": " + localized(p.message());
  }

  private String localized(LocalizedMessage m) {
    return caller.pick(m.ja(), m.en());
  }

  private Optional<PluginHost> host() {
    return runtime.host();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen == null ? "" : chosen;
  }

  public boolean isPurge() {
    return purge;
  }

  public void setPurge(boolean purge) {
    this.purge = purge;
  }

  /** True while an upload waits for confirmation. */
  public boolean isPending() {
    return pendingFile != null;
  }

  public String getPendingId() {
    return pendingId;
  }

  public String getPendingVersion() {
    return pendingVersion;
  }

  /** The installed version the upload would replace, or {@code null} for a new plugin. */
  public String getPendingInstalled() {
    return pendingInstalled;
  }

  public String getPendingSha256() {
    return pendingSha256;
  }

  /** Why there is no plan, or what is wrong with it; {@code null} when the plan is complete. */
  public String getPendingNote() {
    return pendingNote;
  }

  public List<PlanRow> getPendingChanges() {
    return pendingChanges;
  }

  /** One change of the previewed plan. */
  public static final class PlanRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String summary;
    private final String safety;

    PlanRow(String summary, String safety) {
      this.summary = summary;
      this.safety = safety;
    }

    public String getSummary() {
      return summary;
    }

    /** {@code SAFE}, {@code NEEDS_DATA_CHECK} or {@code DESTRUCTIVE}. */
    public String getSafety() {
      return safety;
    }
  }
}
