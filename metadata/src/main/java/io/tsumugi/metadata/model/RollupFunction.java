package io.tsumugi.metadata.model;

import java.util.Arrays;
import java.util.Optional;

/** The aggregate a rollup field computes over child records. */
public enum RollupFunction {
  COUNT("count"),
  SUM("sum"),
  MIN("min"),
  MAX("max");

  private final String jsonName;

  RollupFunction(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in JSON documents. */
  public String jsonName() {
    return jsonName;
  }

  /** Finds a function by its JSON name. */
  public static Optional<RollupFunction> fromJson(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
