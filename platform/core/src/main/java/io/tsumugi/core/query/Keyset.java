package io.tsumugi.core.query;

import io.tsumugi.metadata.model.FieldDef;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keyset paging: the cursor (the sort values and id of a page's last record, with the sort it
 * belongs to) and the conditions that read the records after it. Records without a value sort last
 * ascending and first descending, the order PostgreSQL's (column, id) index has, so the conditions
 * are index ranges: a row comparison {@code (column, id) > (?, ?)}, then the records without a
 * value.
 */
final class Keyset {

  /** A condition on the records after the cursor, read in order. */
  record Segment(String condition, List<Bind> binds) {}

  private static final String NULL = "~";

  private Keyset() {}

  static String signature(String entity, List<SortKey> keys) {
    StringBuilder s = new StringBuilder(entity);
    for (SortKey k : keys) {
      s.append(k.descending() ? ",-" : ",+").append(k.field());
    }
    return s.toString();
  }

  /** The cursor after a row with {@code values} (sort values, then the id). */
  static String encode(String signature, List<Object> values) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    StringBuilder s = new StringBuilder("k1.");
    s.append(b64.encodeToString(signature.getBytes(StandardCharsets.UTF_8)));
    for (Object v : values) {
      s.append('.');
      s.append(v == null ? NULL : b64.encodeToString(text(v).getBytes(StandardCharsets.UTF_8)));
    }
    return s.toString();
  }

  /** The values of a cursor in the types of {@code keys}, or {@code null} when it is not valid. */
  static List<Object> decode(String cursor, String signature, List<FieldPath> keys) {
    try {
      String[] parts = cursor.split("\\.", -1);
      if (parts.length != keys.size() + 2 || !parts[0].equals("k1")) {
        return null;
      }
      Base64.Decoder b64 = Base64.getUrlDecoder();
      if (!new String(b64.decode(parts[1]), StandardCharsets.UTF_8).equals(signature)) {
        return null;
      }
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        String p = parts[i + 2];
        values.add(
            p.equals(NULL)
                ? null
                : parse(keys.get(i).field(), new String(b64.decode(p), StandardCharsets.UTF_8)));
      }
      return values.get(values.size() - 1) == null ? null : values;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The conditions reading the records after the cursor, in order: {@code keys} are the sort keys
   * followed by the id; {@code descending} has one entry per key.
   */
  static List<Segment> after(List<FieldPath> keys, List<Boolean> descending, List<Object> values) {
    int last = keys.size() - 1;
    String id = keys.get(last).expression();
    Object idValue = values.get(last);
    boolean idDesc = descending.get(last);
    if (keys.size() == 1) {
      return List.of(segment(id + (idDesc ? " < ?" : " > ?"), bind(keys.get(0), idValue)));
    }
    boolean sameDirection = descending.stream().distinct().count() == 1;
    if (keys.size() == 2 && sameDirection) {
      FieldPath k = keys.get(0);
      String x = k.expression();
      Object v = values.get(0);
      String cmp = idDesc ? " < " : " > ";
      if (v == null) {
        String inNulls = x + " IS NULL AND " + id + cmp + "?";
        return idDesc
            ? List.of(segment(inNulls, bind(keys.get(1), idValue)), segment(x + " IS NOT NULL"))
            : List.of(segment(inNulls, bind(keys.get(1), idValue)));
      }
      Segment rest =
          segment(
              "(" + x + ", " + id + ")" + cmp + "(?, ?)", bind(k, v), bind(keys.get(1), idValue));
      return idDesc ? List.of(rest) : List.of(rest, segment(x + " IS NULL"));
    }
    return List.of(expanded(keys, descending, values));
  }

  /** The general form for several keys or mixed directions: one disjunct per key. */
  private static Segment expanded(
      List<FieldPath> keys, List<Boolean> descending, List<Object> values) {
    List<String> disjuncts = new ArrayList<>();
    List<Bind> binds = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      List<String> conjuncts = new ArrayList<>();
      List<Bind> local = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        String x = keys.get(j).expression();
        if (values.get(j) == null) {
          conjuncts.add(x + " IS NULL");
        } else {
          conjuncts.add(x + " = ?");
          local.add(bind(keys.get(j), values.get(j)));
        }
      }
      String x = keys.get(i).expression();
      Object v = values.get(i);
      if (!descending.get(i)) {
        if (v == null) {
          continue; // nothing sorts after "no value" ascending
        }
        conjuncts.add("(" + x + " > ? OR " + x + " IS NULL)");
      } else {
        conjuncts.add(v == null ? x + " IS NOT NULL" : x + " < ?");
      }
      if (v != null) {
        local.add(bind(keys.get(i), v));
      }
      disjuncts.add("(" + String.join(" AND ", conjuncts) + ")");
      binds.addAll(local);
    }
    return new Segment(
        disjuncts.isEmpty() ? "1=0" : "(" + String.join(" OR ", disjuncts) + ")", binds);
  }

  private static Segment segment(String condition, Bind... binds) {
    List<Bind> list = new ArrayList<>();
    for (Bind b : binds) {
      if (b != null) {
        list.add(b);
      }
    }
    return new Segment(condition, list);
  }

  private static Bind bind(FieldPath k, Object v) {
    return new Bind(k.field(), v);
  }

  private static String text(Object v) {
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof List<?> l) {
      return String.join(",", l.stream().map(String::valueOf).toList());
    }
    return v.toString();
  }

  private static Object parse(FieldDef f, String s) {
    return switch (f.type()) {
      case INTEGER, LOOKUP -> Long.parseLong(s);
      case DECIMAL, CURRENCY, PERCENT -> new BigDecimal(s);
      case BOOLEAN -> Boolean.parseBoolean(s);
      case DATE -> LocalDate.parse(s);
      case DATETIME -> Instant.parse(s);
      default -> s;
    };
  }
}
