package io.tsumugi.admin.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the administrator has a draft, for the banner on every console page. */
@Named
@RequestScoped
public class DraftStatus {

  @Inject private ConsoleDraftService drafts;
  @Inject private AdminCaller caller;

  private WorkingCopy copy;

  /** True when a draft is staged. */
  public boolean isDraft() {
    return copy().isDraft();
  }

  /** The version the draft starts from, or the active version. */
  public int getBaseVersion() {
    return copy().getBaseVersion();
  }

  private WorkingCopy copy() {
    if (copy == null) {
      copy = drafts.load(caller.loginId());
    }
    return copy;
  }
}
