package io.tsumugi.core.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A person who logs in. The table is created by the platform changelog, not by JPA. */
@Entity
@Table(name = "sys_user")
public class UserAccount {

  @Id
  @SequenceGenerator(name = "sys_user_seq", sequenceName = "sys_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sys_user_seq")
  private Long id;

  @Column(name = "login_id", nullable = false, unique = true, length = 80)
  private String loginId;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "email", length = 254)
  private String email;

  @Column(name = "locale", length = 10)
  private String locale;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "roles", nullable = false, length = 500)
  private String roles;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected UserAccount() {}

  public UserAccount(String loginId, String displayName, String passwordHash, Set<String> roles) {
    this.loginId = loginId;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = String.join(",", roles);
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getLoginId() {
    return loginId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getLocale() {
    return locale;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** The roles, in the order they were granted. */
  public Set<String> getRoles() {
    return Arrays.stream(roles.split(","))
        .map(String::trim)
        .filter(role -> !role.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
