package io.tsumugi.core.schema.runtime;

/** A call named an entity the active metadata does not have. */
public class UnknownEntityException extends ApplyException {

  /** Creates the exception for the entity name given (shown sanitised). */
  public UnknownEntityException(String name) {
    super(
        "entity.unknown",
        "エンティティ「" + safe(name) + "」は有効なメタデータにありません。",
        "Entity \"" + safe(name) + "\" is not in the active metadata.");
  }

  private static String safe(String s) {
    return s == null ? "null" : s.replaceAll("[^A-Za-z0-9_.]", "?");
  }
}
