package io.tsumugi.metadata.model;

import java.util.Arrays;
import java.util.Optional;

/** What happens to a record when the record its lookup points at is deleted. */
public enum OnDelete {
  /** The target cannot be deleted while records point at it (the default). */
  RESTRICT("restrict"),
  /** The lookup is cleared. */
  SET_NULL("set_null"),
  /** The record is deleted with its target: a master-detail relation. */
  CASCADE("cascade");

  private final String jsonName;

  OnDelete(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON documents. */
  public String jsonName() {
    return jsonName;
  }

  /** Finds a value by its JSON name. */
  public static Optional<OnDelete> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
