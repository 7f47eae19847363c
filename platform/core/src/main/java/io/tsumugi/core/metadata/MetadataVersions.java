package io.tsumugi.core.metadata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads the stored metadata versions and records the initial, empty one on a new database. */
@ApplicationScoped
public class MetadataVersions {

  /**
   * Version 1 is the empty metadata a new database starts from (EclipseLink refuses 0 as a primary
   * key by default).
   */
  public static final int EMPTY_VERSION = 1;

  @PersistenceContext(unitName = "tsumugi")
  private EntityManager entityManager;

  /** The active version, if any version was recorded yet. */
  @Transactional
  public Optional<MetadataVersionRecord> active() {
    return entityManager
        .createQuery(
            "SELECT v FROM MetadataVersionRecord v WHERE v.active = TRUE",
            MetadataVersionRecord.class)
        .getResultStream()
        .findFirst();
  }

  /** Every version, newest first. */
  @Transactional
  public List<MetadataVersionRecord> history() {
    return entityManager
        .createQuery(
            "SELECT v FROM MetadataVersionRecord v ORDER BY v.versionNo DESC",
            MetadataVersionRecord.class)
        .getResultList();
  }

  /** Records version 1 (no entities) when the database has no version at all. */
  @Transactional
  public void recordEmptyVersionIfNone() {
    Long count =
        entityManager
            .createQuery("SELECT COUNT(v) FROM MetadataVersionRecord v", Long.class)
            .getSingleResult();
    if (count == 0) {
      entityManager.persist(
          new MetadataVersionRecord(
              EMPTY_VERSION, "Empty metadata: no entities yet", null, "system", Instant.now()));
    }
  }
}
