package io.tsumugi.core.apitoken;

import io.tsumugi.core.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The database half of token authentication: finds a token by hash, checks it and its user, and
 * stamps its last use, in one transaction. A bean of its own so that {@link ApiTokens} can answer
 * cached tokens without starting a transaction (an interceptor does not apply to self-calls).
 */
@ApplicationScoped
public class TokenLookup {

  @PersistenceContext(unitName = "tsumugi")
  private EntityManager entityManager;

  /** The caller of a live token of an active user whose hash is {@code hash}, stamped as used. */
  @Transactional
  public Optional<TokenCaller> findLive(String presented, String hash) {
    List<Object[]> rows =
        entityManager
            .createQuery(
                "SELECT t, u FROM ApiToken t, UserAccount u"
                    + " WHERE t.tokenHash = :h AND u.id = t.userId",
                Object[].class)
            .setParameter("h", hash)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    ApiToken token = (ApiToken) rows.get(0)[0];
    UserAccount user = (UserAccount) rows.get(0)[1];
    if (token.isRevoked()
        || !user.isActive()
        || !TokenSecrets.matches(presented, token.getTokenHash())) {
      return Optional.empty();
    }
    entityManager
        .createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
        .setParameter("now", Instant.now())
        .setParameter("id", token.getId())
        .executeUpdate();
    return Optional.of(
        new TokenCaller(
            token.getId(), user.getId(), user.getLoginId(), user.getRoles(), token.getScope()));
  }
}
