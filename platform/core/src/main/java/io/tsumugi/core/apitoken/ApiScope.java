package io.tsumugi.core.apitoken;

import java.util.Arrays;
import java.util.Optional;

/** What a token may do: only read, or read and write. */
public enum ApiScope {
  /** GET requests and read-only queries. */
  READ("read"),
  /** Everything the token's user may do. */
  READ_WRITE("read-write");

  private final String jsonName;

  ApiScope(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used in the API and stored in the table: {@code read} or {@code read-write}. */
  public String jsonName() {
    return jsonName;
  }

  /** True when this scope allows requests that change data. */
  public boolean allowsWrites() {
    return this == READ_WRITE;
  }

  /** The scope named {@code name} in the API. */
  public static Optional<ApiScope> fromJson(String name) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(name)).findFirst();
  }
}
