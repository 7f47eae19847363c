package io.tsumugi.admin.review;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.admin.draft.DraftRebase;
import io.tsumugi.admin.metadata.VersionPackages;
import io.tsumugi.core.schema.runtime.ApplyException;
import io.tsumugi.core.schema.runtime.ApplyOptions;
import io.tsumugi.core.schema.runtime.ApplyResult;
import io.tsumugi.core.schema.runtime.DataCheckAnswer;
import io.tsumugi.core.schema.runtime.PlanPreview;
import io.tsumugi.core.schema.runtime.VersionConflictException;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.plan.Safety;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Backs {@code /admin/review.xhtml}. */
@Named("review")
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient ConsoleDraftService drafts;
  @Inject private transient AdminCaller caller;
  @Inject private transient VersionPackages versions;

  private boolean hasDraft;
  private int baseVersion;
  private int activeVersion;
  private List<ChangeRow> changes = List.of();
  private List<String> refusals = List.of();
  private boolean destructive;
  private boolean confirmDestructive;
  private boolean applied;

  /** The view action and "re-plan": plans the draft against the active version. */
  public String load() {
    WorkingCopy copy = drafts.load(caller.loginId());
    hasDraft = copy.isDraft();
    baseVersion = copy.getBaseVersion();
    if (!hasDraft) {
      changes = List.of();
      return null;
    }
    PlanPreview preview = drafts.engine().applier().preview(copy.pkg());
    activeVersion = preview.baseVersion();
    Plan plan = preview.plan();
    refusals =
        plan.refusals().stream().map(p -> caller.pick(p.messageJa(), p.messageEn())).toList();
    destructive = plan.overallSafety() == Safety.DESTRUCTIVE;
    changes = rows(plan, preview.answers());
    return null;
  }

  /** True when another apply made a newer version after the draft was started. */
  public boolean isConflict() {
    return hasDraft && activeVersion != baseVersion;
  }

  /**
   * Moves the draft onto the active version (its own entity changes kept, everyone else's taken as
   * they are now) and plans again.
   */
  public String replan() {
    WorkingCopy copy = drafts.load(caller.loginId());
    MetadataPackage base = versions.packageOf(copy.getBaseVersion());
    var active = drafts.engine().active().current();
    MetadataPackage rebased = DraftRebase.rebase(base, copy.pkg(), active.pkg());
    var report =
        drafts.stage(
            caller.loginId(),
            active.versionNo(),
            rebased,
            "draft.replanned",
            "v" + copy.getBaseVersion() + " -> v" + active.versionNo());
    if (ConsoleMessages.problems(report, caller)) {
      ConsoleMessages.info(ConsoleMessages.text("review.replanned", active.versionNo()));
    }
    return "/admin/review?faces-redirect=true";
  }

  /** Applies the draft on its base version; on success the draft is gone. */
  public String apply() {
    WorkingCopy copy = drafts.load(caller.loginId());
    if (!copy.isDraft()) {
      return null;
    }
    ApplyOptions options = ApplyOptions.defaults();
    if (confirmDestructive) {
      options = options.confirmingDestructive();
    }
    try {
      ApplyResult result =
          drafts
              .engine()
              .applier()
              .apply(copy.pkg(), copy.getBaseVersion(), caller.loginId(), options);
      drafts.discard(caller.loginId(), "metadata.applied", "v" + result.versionNo());
      applied = true;
      ConsoleMessages.info(ConsoleMessages.text("review.applied", result.versionNo()));
      return "/admin/review?faces-redirect=true";
    } catch (VersionConflictException e) {
      drafts.audit(caller.loginId(), "metadata.conflict", "v" + e.baseVersion());
      ConsoleMessages.error(
          null, ConsoleMessages.text("review.conflict", e.baseVersion(), e.activeVersion()));
      load();
      return null;
    } catch (ApplyException e) {
      drafts.audit(caller.loginId(), "metadata.refused", e.code());
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
      return null;
    }
  }

  /** Throws the draft away. */
  public String discard() {
    drafts.discard(caller.loginId(), "draft.discarded", null);
    ConsoleMessages.info(ConsoleMessages.text("review.discarded"));
    return "/admin/entities?faces-redirect=true";
  }

  private List<ChangeRow> rows(Plan plan, List<DataCheckAnswer> answers) {
    List<ChangeRow> out = new ArrayList<>();
    for (Change c : plan.changes()) {
      String checks =
          answers.stream()
              .filter(a -> a.change() == c)
              .map(
                  a ->
                      caller.pick(a.check().describeJa(), a.check().describeEn())
                          + ": "
                          + ConsoleMessages.text("review.records", a.count()))
              .collect(Collectors.joining(" / "));
      out.add(new ChangeRow(caller.pick(c.summaryJa(), c.summaryEn()), c.safety().name(), checks));
    }
    return out;
  }

  public boolean isHasDraft() {
    return hasDraft;
  }

  public int getBaseVersion() {
    return baseVersion;
  }

  public int getActiveVersion() {
    return activeVersion;
  }

  public List<ChangeRow> getChanges() {
    return changes;
  }

  public List<String> getRefusals() {
    return refusals;
  }

  public boolean isDestructive() {
    return destructive;
  }

  public boolean isConfirmDestructive() {
    return confirmDestructive;
  }

  public void setConfirmDestructive(boolean confirmDestructive) {
    this.confirmDestructive = confirmDestructive;
  }

  public boolean isApplied() {
    return applied;
  }
}
