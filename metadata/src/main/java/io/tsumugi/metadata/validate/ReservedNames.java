package io.tsumugi.metadata.validate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names an entity, field, rule or list view may not take: SQL reserved words (ANSI SQL:2016,
 * PostgreSQL, H2), Java keywords, CEL reserved words and the platform's system columns. The lists
 * live in text files next to this class.
 */
public final class ReservedNames {

  /** Why a name is reserved. */
  public enum Reason {
    SQL_2016("SQL:2016 の予約語", "an ANSI SQL:2016 reserved word"),
    POSTGRESQL("PostgreSQL の予約語", "a PostgreSQL reserved word"),
    H2("H2 の予約語", "an H2 reserved word"),
    JAVA("Java のキーワード", "a Java keyword"),
    CEL("式言語 CEL の予約語", "a CEL reserved word"),
    SYSTEM("システムが使う列名", "a system column name");

    private final String ja;
    private final String en;

    Reason(String ja, String en) {
      this.ja = ja;
      this.en = en;
    }

    /** The reason in Japanese. */
    public String ja() {
      return ja;
    }

    /** The reason in English. */
    public String en() {
      return en;
    }
  }

  private static final Map<String, Reason> RESERVED = load();

  private ReservedNames() {}

  /** Why {@code name} is reserved, or empty when it may be used. */
  public static Optional<Reason> reason(String name) {
    return Optional.ofNullable(RESERVED.get(name));
  }

  /** Every reserved name with its (first) reason. */
  public static Map<String, Reason> all() {
    return Collections.unmodifiableMap(RESERVED);
  }

  private static Map<String, Reason> load() {
    Map<String, Reason> map = new LinkedHashMap<>();
    read("reserved-system.txt", Reason.SYSTEM, map);
    read("reserved-sql2016.txt", Reason.SQL_2016, map);
    read("reserved-postgresql.txt", Reason.POSTGRESQL, map);
    read("reserved-h2.txt", Reason.H2, map);
    read("reserved-java.txt", Reason.JAVA, map);
    read("reserved-cel.txt", Reason.CEL, map);
    return map;
  }

  private static void read(String file, Reason reason, Map<String, Reason> into) {
    try (InputStream in = ReservedNames.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.trim().split("\\s+")) {
          if (!word.isEmpty()) {
            into.putIfAbsent(word.toLowerCase(java.util.Locale.ROOT), reason);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
