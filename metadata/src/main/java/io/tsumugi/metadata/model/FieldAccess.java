package io.tsumugi.metadata.model;

import java.util.Arrays;
import java.util.Optional;

/** What a permission set lets its holders do with one field. */
public enum FieldAccess {
  /** The field is hidden: never returned, filtered, sorted or written. */
  NONE("none"),
  /** The field is shown but cannot be written. */
  READ("read"),
  /** The field is shown and may be written (what an unlisted field gets). */
  EDIT("edit");

  private final String json;

  FieldAccess(String json) {
    this.json = json;
  }

  /** The name in metadata documents. */
  public String json() {
    return json;
  }

  /** The wider of the two (permission sets only ever add access). */
  public FieldAccess max(FieldAccess other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }

  /** The value of a JSON name, if any. */
  public static Optional<FieldAccess> fromJson(String name) {
    return Arrays.stream(values()).filter(v -> v.json.equals(name)).findFirst();
  }
}
