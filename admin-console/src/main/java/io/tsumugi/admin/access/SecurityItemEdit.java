package io.tsumugi.admin.access;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.admin.console.WorkingCopy;
import io.tsumugi.metadata.model.PermissionSet;
import io.tsumugi.metadata.model.SecurityDef;
import io.tsumugi.metadata.model.SharingRule;
import io.tsumugi.metadata.validate.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Saving or deleting one named item of the security section (a permission set or a sharing rule) in
 * the administrator's draft: the edited item takes the place of the one opened, or goes at the end;
 * a new name already used by another item is refused; the result is staged (checked by the metadata
 * validator, audited) and the console returns to the Access page.
 *
 * @param <T> the kind of item
 */
final class SecurityItemEdit<T> {

  static final SecurityItemEdit<PermissionSet> PERMISSION_SETS =
      new SecurityItemEdit<>(
          SecurityDef::permissionSets,
          (s, sets) -> new SecurityDef(s.visibility(), sets, s.sharingRules()),
          PermissionSet::name,
          "access.set.nameTaken");

  static final SecurityItemEdit<SharingRule> SHARING_RULES =
      new SecurityItemEdit<>(
          SecurityDef::sharingRules,
          (s, rules) -> new SecurityDef(s.visibility(), s.permissionSets(), rules),
          SharingRule::name,
          "access.rule.nameTaken");

  private final Function<SecurityDef, List<T>> items;
  private final BiFunction<SecurityDef, List<T>, SecurityDef> withItems;
  private final Function<T, String> name;
  private final String nameTakenKey;

  private SecurityItemEdit(
      Function<SecurityDef, List<T>> items,
      BiFunction<SecurityDef, List<T>, SecurityDef> withItems,
      Function<T, String> name,
      String nameTakenKey) {
    this.items = items;
    this.withItems = withItems;
    this.name = name;
    this.nameTakenKey = nameTakenKey;
  }

  /**
   * Stages {@code edited} in place of the item named {@code opened} (null or not found: a new
   * item); returns where to go, or null to stay on the page with the messages.
   */
  String save(
      ConsoleDraftService drafts,
      AdminCaller caller,
      WorkingCopy copy,
      String opened,
      T edited,
      String action) {
    List<T> current = items.apply(copy.pkg().security());
    String newName = name.apply(edited);
    boolean clash =
        newName != null
            && !newName.equals(opened)
            && current.stream().anyMatch(i -> newName.equals(name.apply(i)));
    if (clash) {
      ConsoleMessages.error(null, ConsoleMessages.text(nameTakenKey, newName));
      return null;
    }
    List<T> changed = new ArrayList<>();
    boolean placed = false;
    for (T item : current) {
      boolean isOpened = opened != null && Objects.equals(name.apply(item), opened);
      changed.add(isOpened ? edited : item);
      placed |= isOpened;
    }
    if (!placed) {
      changed.add(edited);
    }
    return stage(drafts, caller, copy, changed, action, newName);
  }

  /** Stages the section without the item named {@code opened}. */
  String delete(
      ConsoleDraftService drafts,
      AdminCaller caller,
      WorkingCopy copy,
      String opened,
      String action) {
    List<T> rest =
        items.apply(copy.pkg().security()).stream()
            .filter(i -> !Objects.equals(name.apply(i), opened))
            .toList();
    return stage(drafts, caller, copy, rest, action, opened);
  }

  private String stage(
      ConsoleDraftService drafts,
      AdminCaller caller,
      WorkingCopy copy,
      List<T> changed,
      String action,
      String detail) {
    SecurityDef security = withItems.apply(copy.pkg().security(), changed);
    ValidationReport report =
        drafts.stage(
            caller.loginId(),
            copy.getBaseVersion(),
            copy.pkg().withSecurity(security),
            action,
            detail);
    if (!ConsoleMessages.problems(report, caller)) {
      return null;
    }
    ConsoleMessages.info(ConsoleMessages.text("access.staged"));
    return "/admin/access?faces-redirect=true";
  }
}
