package io.tsumugi.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reads and stores user accounts. */
@ApplicationScoped
public class UserAccounts {

  @PersistenceContext(unitName = "tsumugi")
  private EntityManager entityManager;

  /** The account with this login id, active or not. */
  @Transactional
  public Optional<UserAccount> findByLoginId(String loginId) {
    return entityManager
        .createQuery("SELECT u FROM UserAccount u WHERE u.loginId = :loginId", UserAccount.class)
        .setParameter("loginId", loginId)
        .getResultStream()
        .findFirst();
  }

  @Transactional
  public long count() {
    return entityManager
        .createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class)
        .getSingleResult();
  }

  @Transactional
  public UserAccount create(UserAccount account) {
    entityManager.persist(account);
    return account;
  }
}
