package io.tsumugi.admin.metadata;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.Planner;
import io.tsumugi.metadata.validate.ValidationReport;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /admin/version.xhtml} (what one version changed: the plan from the version before
 * it) and the history's "revert": the old version's package becomes the draft, planned on the
 * active version, so a revert is reviewed and applied as a new version like any other change.
 */
@Named("versionView")
@ViewScoped
public class VersionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient VersionPackages packages;
  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;

  private Integer version;
  private List<Map<String, String>> changes = List.of();

  /** The view action: the changes of {@code version}. */
  public String load() {
    if (version == null || version < 2) {
      return null;
    }
    changes =
        Planner.plan(packages.packageOf(version - 1), packages.packageOf(version))
            .changes()
            .stream()
            .map(this::row)
            .toList();
    return null;
  }

  /** Stages version {@code versionNo}'s package as the draft and opens the review. */
  public String revert(int versionNo) {
    var active = drafts.engine().active().current();
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            active.versionNo(),
            packages.packageOf(versionNo),
            "version.reverted",
            "v" + versionNo);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("versions.reverted", versionNo));
    return "/admin/review?faces-redirect=true";
  }

  private Map<String, String> row(Change c) {
    return Map.of(
        "summary", caller.pick(c.summaryJa(), c.summaryEn()), "safety", c.safety().name());
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<Map<String, String>> getChanges() {
    return changes;
  }
}
