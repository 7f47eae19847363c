package io.tsumugi.metadata.expr;

import com.google.protobuf.Timestamp;
import dev.cel.runtime.CelEvaluationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a {@link CompiledExpression} on a record's values. Values are converted to the declared
 * CEL types: numbers to {@code long} or {@code double}, {@link LocalDate} (midnight UTC), {@link
 * Instant}, {@link OffsetDateTime}, {@link ZonedDateTime} and ISO strings to timestamps, anything
 * else to its string form. A missing or {@code null} value becomes the zero value of its type and
 * {@code present[name]} is false.
 */
public final class ExpressionEvaluator {

  private ExpressionEvaluator() {}

  /**
   * Evaluates the expression.
   *
   * @param compiled the compiled expression
   * @param values field values by API name
   * @return the result: Boolean, Long, Double, String, Instant or List
   * @throws ExpressionEvaluationException when evaluation fails (e.g. division by zero)
   */
  public static Object evaluate(CompiledExpression compiled, Map<String, ?> values) {
    Map<String, Object> activation = new HashMap<>();
    Map<String, Boolean> present = new HashMap<>();
    compiled
        .variables()
        .forEach(
            (name, type) -> {
              Object raw = values.get(name);
              present.put(name, raw != null);
              activation.put(name, convert(name, raw, type));
            });
    activation.put(ExpressionCompiler.PRESENT, present);
    try {
      return fromCel(compiled.program().eval(activation));
    } catch (CelEvaluationException e) {
      throw new ExpressionEvaluationException(compiled.source(), e.getMessage(), e);
    }
  }

  /** Evaluates a rule or condition, which must give a bool. */
  public static boolean test(CompiledExpression compiled, Map<String, ?> values) {
    Object r = evaluate(compiled, values);
    if (r instanceof Boolean b) {
      return b;
    }
    throw new ExpressionEvaluationException(compiled.source(), "result is not a bool: " + r, null);
  }

  static Object convert(String name, Object raw, ExprType type) {
    try {
      return switch (type) {
        case STRING -> raw == null ? "" : raw.toString();
        case INT ->
            raw == null
                ? 0L
                : raw instanceof Number n ? n.longValue() : Long.parseLong(raw.toString());
        case DOUBLE ->
            raw == null
                ? 0.0
                : raw instanceof Number n
                    ? n.doubleValue()
                    : new BigDecimal(raw.toString()).doubleValue();
        case BOOL ->
            raw == null
                ? false
                : raw instanceof Boolean b ? b : Boolean.parseBoolean(raw.toString());
        case TIMESTAMP -> timestamp(raw);
        case STRING_LIST -> {
          List<String> out = new ArrayList<>();
          if (raw instanceof Collection<?> c) {
            c.forEach(x -> out.add(String.valueOf(x)));
          } else if (raw != null) {
            out.add(raw.toString());
          }
          yield out;
        }
      };
    } catch (RuntimeException e) {
      throw new ExpressionEvaluationException(
          name, "value " + raw + " of " + name + " is not a " + type.celName(), e);
    }
  }

  static Timestamp timestamp(Object raw) {
    Instant i;
    if (raw == null) {
      i = Instant.EPOCH;
    } else if (raw instanceof Instant x) {
      i = x;
    } else if (raw instanceof LocalDate d) {
      i = d.atStartOfDay().toInstant(ZoneOffset.UTC);
    } else if (raw instanceof LocalDateTime d) {
      i = d.toInstant(ZoneOffset.UTC);
    } else if (raw instanceof OffsetDateTime d) {
      i = d.toInstant();
    } else if (raw instanceof ZonedDateTime d) {
      i = d.toInstant();
    } else {
      String s = raw.toString();
      i =
          s.length() == 10
              ? LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC)
              : OffsetDateTime.parse(s).toInstant();
    }
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }

  static Object fromCel(Object v) {
    if (v instanceof Timestamp t) {
      return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
    }
    if (v instanceof Collection<?> c) {
      return List.copyOf(c.stream().map(ExpressionEvaluator::fromCel).toList());
    }
    return v;
  }
}
