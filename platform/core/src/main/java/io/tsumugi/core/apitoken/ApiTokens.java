package io.tsumugi.core.apitoken;

import io.tsumugi.core.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues, checks, lists and revokes API tokens. A checked token is remembered for {@link
 * #CACHE_TTL} so that a busy integration does not cost a database look-up per request; revoking on
 * this node takes effect at once, on other nodes within that time.
 */
@ApplicationScoped
public class ApiTokens {

  /** How long a checked token is trusted without looking at the table again. */
  public static final Duration CACHE_TTL = Duration.ofSeconds(10);

  /** The most tokens one user may hold (revoked ones do not count). */
  public static final int MAX_TOKENS_PER_USER = 50;

  private record Checked(TokenCaller caller, long expiresAtNanos) {}

  private final Map<String, Checked> checked = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "tsumugi")
  private EntityManager entityManager;

  @Inject private TokenLookup lookup;

  /** Creates a token for {@code user}; the returned secret is not stored anywhere. */
  @Transactional
  public IssuedToken issue(UserAccount user, String name, ApiScope scope) {
    String secret = TokenSecrets.newSecret();
    ApiToken token =
        new ApiToken(
            user.getId(),
            name,
            TokenSecrets.hash(secret),
            secret.substring(0, TokenSecrets.PREFIX.length() + 6),
            scope);
    entityManager.persist(token);
    return new IssuedToken(token, secret);
  }

  /** The number of tokens {@code userId} holds that are not revoked. */
  @Transactional
  public long countActive(long userId) {
    return entityManager
        .createQuery(
            "SELECT COUNT(t) FROM ApiToken t WHERE t.userId = :u AND t.revokedAt IS NULL",
            Long.class)
        .setParameter("u", userId)
        .getSingleResult();
  }

  /**
   * The caller a presented secret stands for, if it is a live token of an active user. Secrets of
   * the wrong shape are refused without touching the database, and a token checked within {@link
   * #CACHE_TTL} is answered from memory without a transaction (this runs on every API request).
   */
  public Optional<TokenCaller> authenticate(String presented) {
    if (!TokenSecrets.looksLikeSecret(presented)) {
      return Optional.empty();
    }
    String hash = TokenSecrets.hash(presented);
    Checked cached = checked.get(hash);
    if (cached != null && cached.expiresAtNanos() - System.nanoTime() > 0) {
      return Optional.of(cached.caller());
    }
    checked.remove(hash);
    Optional<TokenCaller> caller = lookup.findLive(presented, hash);
    caller.ifPresent(
        c -> checked.put(hash, new Checked(c, System.nanoTime() + CACHE_TTL.toNanos())));
    return caller;
  }

  /** The tokens of {@code userId}, newest first, revoked ones included. */
  @Transactional
  public List<ApiToken> listFor(long userId) {
    return entityManager
        .createQuery(
            "SELECT t FROM ApiToken t WHERE t.userId = :u ORDER BY t.id DESC", ApiToken.class)
        .setParameter("u", userId)
        .getResultList();
  }

  /**
   * Revokes token {@code tokenId} of {@code userId}; false when that user has no such token. A
   * token already revoked stays revoked (true).
   */
  @Transactional
  public boolean revoke(long userId, long tokenId) {
    ApiToken token = entityManager.find(ApiToken.class, tokenId);
    if (token == null || token.getUserId() != userId) {
      return false;
    }
    if (!token.isRevoked()) {
      token.revoke(Instant.now());
    }
    checked.values().removeIf(c -> c.caller().tokenId().equals(tokenId));
    return true;
  }
}
