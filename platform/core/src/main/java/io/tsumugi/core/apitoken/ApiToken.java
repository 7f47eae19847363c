package io.tsumugi.core.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored API token: its owner, scope and the SHA-256 hash of the secret (the secret itself is
 * never stored). The table is created by {@code changelog-0.1.0-api-tokens.xml}.
 */
@Entity
@Table(name = "sys_api_token")
public class ApiToken {

  @Id
  @SequenceGenerator(
      name = "sys_api_token_seq",
      sequenceName = "sys_api_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sys_api_token_seq")
  private Long id;

  @Column(name = "user_id", nullable = false)
  private Long userId;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "token_prefix", nullable = false, length = 16)
  private String tokenPrefix;

  @Column(name = "scope", nullable = false, length = 20)
  private String scope;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  ApiToken(Long userId, String name, String tokenHash, String tokenPrefix, ApiScope scope) {
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenPrefix = tokenPrefix;
    this.scope = scope.jsonName();
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getUserId() {
    return userId;
  }

  public String getName() {
    return name;
  }

  String getTokenHash() {
    return tokenHash;
  }

  /** The first characters of the token, to tell tokens apart in a list. */
  public String getTokenPrefix() {
    return tokenPrefix;
  }

  public ApiScope getScope() {
    return ApiScope.fromJson(scope).orElse(ApiScope.READ);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  void revoke(Instant when) {
    this.revokedAt = when;
  }
}
