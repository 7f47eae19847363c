package io.tsumugi.admin.draft;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Stable ids for entities and fields made in the console: {@code c-<name>-<8 hex>}, so that a later
 * rename keeps the id and two admins creating the same name never share one.
 */
public final class NewIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private NewIds() {}

  /** A new id for something first named {@code name} (an API name, already validated or not). */
  public static String forName(String name) {
    byte[] bytes = new byte[4];
    RANDOM.nextBytes(bytes);
    String base = name == null ? "" : name.replaceAll("[^a-z0-9_]", "");
    if (base.length() > 40) {
      base = base.substring(0, 40);
    }
    return "c-" + (base.isEmpty() ? "x" : base) + "-" + HexFormat.of().formatHex(bytes);
  }
}
