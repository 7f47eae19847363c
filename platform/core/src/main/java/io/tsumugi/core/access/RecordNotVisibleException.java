package io.tsumugi.core.access;

/**
 * The record does not exist for this caller: it is missing or invisible to them, and the two are
 * not told apart (REST answers 404 either way).
 */
public final class RecordNotVisibleException extends RuntimeException {

  private final String entity;
  private final long id;

  /** Record {@code id} of {@code entity}. */
  public RecordNotVisibleException(String entity, long id) {
    super("There is no " + entity + " record " + id + ".");
    this.entity = entity;
    this.id = id;
  }

  /** The entity. */
  public String entity() {
    return entity;
  }

  /** The record id. */
  public long id() {
    return id;
  }
}
