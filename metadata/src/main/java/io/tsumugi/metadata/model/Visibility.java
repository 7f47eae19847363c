package io.tsumugi.metadata.model;

import java.util.Arrays;
import java.util.Optional;

/** Who sees an entity's records by default, before sharing rules and permissions widen it. */
public enum Visibility {
  /** The owner, and the departments above the owner's (read only). */
  PRIVATE("private"),
  /** The owner's department and the departments above it, read and write. */
  DEPARTMENT("department"),
  /** Everyone reads; the owner's department (and those above) write. */
  PUBLIC_READ("publicRead"),
  /** Everyone reads and writes: the behaviour of an entity no visibility names. */
  PUBLIC_READ_WRITE("publicReadWrite");

  private final String json;

  Visibility(String json) {
    this.json = json;
  }

  /** The name in metadata documents. */
  public String json() {
    return json;
  }

  /** Whether the default needs an owner on every record. */
  public boolean needsOwner() {
    return this == PRIVATE || this == DEPARTMENT;
  }

  /** The value of a JSON name, if any. */
  public static Optional<Visibility> fromJson(String name) {
    return Arrays.stream(values()).filter(v -> v.json.equals(name)).findFirst();
  }
}
