package io.tsumugi.web.record;

import java.io.Serializable;
import java.util.Objects;

/** A lookup's value on a form: the target record's id and name. */
public class LookupOption implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;

  public LookupOption(long id, String name) {
    this.id = id;
    this.name = name;
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LookupOption o && o.id == id;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return name;
  }
}
