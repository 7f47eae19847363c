package io.tsumugi.admin.identity;

import io.tsumugi.admin.console.AdminCaller;
import io.tsumugi.admin.console.ConsoleDraftService;
import io.tsumugi.admin.console.ConsoleMessages;
import io.tsumugi.core.identity.IdentityException;
import io.tsumugi.core.identity.IdentityServices;
import io.tsumugi.core.identity.Role;
import io.tsumugi.core.identity.User;
import io.tsumugi.core.identity.UserDetails;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Backs the users part of {@code /admin/users.xhtml}: the list, one form to create or change a
 * user, and actions on a chosen user (change, deactivate, activate, new password shown once).
 */
@Named("usersView")
@ViewScoped
public class UsersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient IdentityServices identities;
  @Inject private transient ConsoleDraftService console;
  @Inject private transient AdminCaller caller;
  @Inject private transient DepartmentsView departments;

  private Long editingId;
  private UserForm form = new UserForm();
  private String chosen = "";

  /** All users as maps (Faces EL in EE 10 does not read records). */
  public List<Map<String, Object>> getUsers() {
    Map<String, String> paths = departments.getPaths();
    List<Map<String, Object>> out = new ArrayList<>();
    for (User u : identities.users().list()) {
      UserDetails d = u.details();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("loginId", d.loginId());
      row.put("displayName", d.displayName());
      row.put("email", d.email() == null ? "" : d.email());
      row.put("department", d.departmentId() == null ? "" : paths.get(d.departmentId() + ""));
      row.put("roles", String.join(", ", d.roles()));
      row.put("active", u.active());
      out.add(row);
    }
    return out;
  }

  /** Role name to its label in the page's language, for the checkboxes. */
  public Map<String, String> getRoleLabels() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Role r : identities.roles().list()) {
      out.put(caller.pick(r.labelJa(), r.labelEn()), r.name());
    }
    return out;
  }

  public void save() {
    run(
        () -> {
          UserDetails details =
              new UserDetails(
                  trim(form.getLoginId()),
                  form.getDisplayName(),
                  form.getEmail(),
                  blankToNull(form.getLocale()),
                  DepartmentsView.id(form.getDepartment()),
                  new LinkedHashSet<>(form.getRoles()));
          if (editingId == null) {
            identities.users().create(details, form.getPassword());
            console.audit(caller.loginId(), "user.created", details.loginId());
            ConsoleMessages.info(ConsoleMessages.text("users.created", details.loginId()));
          } else {
            UserDetails before = userWithId(editingId).details();
            identities.users().update(editingId, details);
            console.audit(caller.loginId(), "user.changed", details.loginId());
            auditRoleAndDepartment(before, details);
            ConsoleMessages.info(ConsoleMessages.text("users.saved", details.loginId()));
          }
          editingId = null;
          form = new UserForm();
        });
  }

  /**
   * Role changes and department moves get entries of their own in the security audit log, with what
   * they were and what they became.
   */
  private void auditRoleAndDepartment(UserDetails before, UserDetails after) {
    if (!before.roles().equals(after.roles())) {
      console.audit(
          caller.loginId(),
          "user.roles-changed",
          after.loginId() + ": " + sorted(before.roles()) + " → " + sorted(after.roles()));
    }
    if (!java.util.Objects.equals(before.departmentId(), after.departmentId())) {
      Map<String, String> paths = departments.getPaths();
      console.audit(
          caller.loginId(),
          "user.department-moved",
          after.loginId()
              + ": "
              + paths.getOrDefault(before.departmentId() + "", "—")
              + " → "
              + paths.getOrDefault(after.departmentId() + "", "—"));
    }
  }

  private static java.util.SortedSet<String> sorted(java.util.Set<String> roles) {
    return new java.util.TreeSet<>(roles);
  }

  private User userWithId(long id) {
    return identities.users().list().stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(
            () -> new IdentityException("user.unknown", "ユーザーが見つかりません。", "There is no such user."));
  }

  /** Loads the chosen user into the form. */
  public void edit() {
    run(
        () -> {
          User u = chosenUser();
          editingId = u.id();
          form = UserForm.of(u.details());
        });
  }

  public void cancel() {
    editingId = null;
    form = new UserForm();
  }

  public void deactivate() {
    setActive(false, "user.deactivated", "users.deactivated");
  }

  public void activate() {
    setActive(true, "user.activated", "users.activated");
  }

  private void setActive(boolean active, String action, String message) {
    run(
        () -> {
          User u = chosenUser();
          if (!active && u.loginId().equals(caller.loginId())) {
            throw new IdentityException(
                "user.self-deactivation", "自分自身を無効にすることはできません。", "You cannot deactivate yourself.");
          }
          identities.users().setActive(u.id(), active);
          console.audit(caller.loginId(), action, u.loginId());
          ConsoleMessages.info(ConsoleMessages.text(message, u.loginId()));
        });
  }

  /** Lifts a lockout after failed logins before it runs out. */
  public void unlock() {
    run(
        () -> {
          User u = chosenUser();
          identities.lockout().unlock(u.loginId());
          console.audit(caller.loginId(), "user.unlocked", u.loginId());
          ConsoleMessages.info(ConsoleMessages.text("users.unlocked", u.loginId()));
        });
  }

  /** Sets a generated password and shows it once. */
  public void resetPassword() {
    run(
        () -> {
          User u = chosenUser();
          String password = identities.users().resetPassword(u.id());
          console.audit(caller.loginId(), "user.password-reset", u.loginId());
          ConsoleMessages.info(ConsoleMessages.text("users.passwordReset", u.loginId(), password));
        });
  }

  private User chosenUser() {
    return identities
        .users()
        .find(chosen)
        .orElseThrow(() -> new IdentityException("user.choose", "ユーザーを選んでください。", "Choose a user."));
  }

  private void run(Runnable change) {
    try {
      change.run();
    } catch (IdentityException e) {
      ConsoleMessages.error(null, caller.pick(e.messageJa(), e.messageEn()));
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  public UserForm getForm() {
    return form;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }
}
