package io.tsumugi.admin.identity;

import io.tsumugi.core.identity.UserDetails;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the user form holds between requests. */
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String loginId;
  private String displayName;
  private String email;
  private String locale = "";
  private String department = "";
  private List<String> roles = new ArrayList<>(List.of("user"));
  private String password;

  static UserForm of(UserDetails d) {
    UserForm f = new UserForm();
    f.loginId = d.loginId();
    f.displayName = d.displayName();
    f.email = d.email();
    f.locale = d.locale() == null ? "" : d.locale();
    f.department = d.departmentId() == null ? "" : String.valueOf(d.departmentId());
    f.roles = new ArrayList<>(d.roles());
    return f;
  }

  public String getLoginId() {
    return loginId;
  }

  public void setLoginId(String loginId) {
    this.loginId = loginId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : roles;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
