package io.tsumugi.core.records;

import com.google.re2j.Pattern;
import io.tsumugi.metadata.expr.Compilation;
import io.tsumugi.metadata.expr.ExprType;
import io.tsumugi.metadata.expr.ExpressionEvaluator;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.model.PicklistValue;
import io.tsumugi.metadata.model.ValidationRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks a record's values (already normalised) against its entity: required, length, range,
 * digits, pattern (RE2/J), email and URL form, picklist choices, and the entity's CEL rules. Adds
 * every problem to the list; never stops at the first. Uniqueness and lookups need the database and
 * are checked by the record service.
 */
final class RecordValidator {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  void validate(
      MetadataPackage pkg, EntityDef e, Map<String, Object> values, List<FieldError> errors) {
    for (FieldDef f : e.fields()) {
      if (!f.isStored()) {
        continue;
      }
      Object v = values.get(f.name());
      if (v == null) {
        if (f.required()) {
          errors.add(Messages.required(f));
        }
        continue;
      }
      Integer max = f.options().effectiveMaxLength(f.type());
      if (v instanceof String s && max != null && s.codePointCount(0, s.length()) > max) {
        errors.add(Messages.tooLong(f, max));
      }
      if (v instanceof Number n) {
        BigDecimal d = new BigDecimal(n.toString());
        if (f.options().min() != null && d.compareTo(f.options().min()) < 0) {
          errors.add(Messages.belowMin(f, f.options().min()));
        }
        if (f.options().max() != null && d.compareTo(f.options().max()) > 0) {
          errors.add(Messages.aboveMax(f, f.options().max()));
        }
        if (f.type().isFixedPoint()) {
          int p = f.options().effectivePrecision(f.type());
          int s = f.options().effectiveScale(f.type());
          BigDecimal stripped = d.stripTrailingZeros();
          if (Math.max(stripped.scale(), 0) > s || d.precision() - d.scale() > p - s) {
            errors.add(Messages.digits(f, p, s));
          }
        }
      }
      switch (f.type()) {
        case TEXT -> {
          if (f.options().pattern() != null
              && !Pattern.compile(f.options().pattern()).matches((String) v)) {
            errors.add(Messages.pattern(f));
          }
        }
        case EMAIL -> {
          if (!EMAIL.matches((String) v)) {
            errors.add(Messages.email(f));
          }
        }
        case URL -> {
          String s = (String) v;
          if (!s.startsWith("http://") && !s.startsWith("https://")) {
            errors.add(Messages.url(f));
          }
        }
        case PICKLIST -> checkChoice(pkg, f, List.of((String) v), errors);
        case MULTIPICKLIST -> {
          @SuppressWarnings("unchecked")
          List<String> chosen = (List<String>) v;
          checkChoice(pkg, f, chosen, errors);
        }
        default -> {}
      }
    }
    if (errors.isEmpty()) {
      rules(pkg, e, values, errors);
    }
  }

  private static void checkChoice(
      MetadataPackage pkg, FieldDef f, List<String> chosen, List<FieldError> errors) {
    if (!f.options().effectiveRestricted()) {
      return;
    }
    List<String> allowed =
        pkg.picklistValues(f).stream()
            .filter(PicklistValue::active)
            .map(PicklistValue::value)
            .toList();
    for (String v : chosen) {
      if (!allowed.contains(v)) {
        errors.add(Messages.picklist(f, v));
      }
    }
  }

  private static void rules(
      MetadataPackage pkg, EntityDef e, Map<String, Object> values, List<FieldError> errors) {
    for (ValidationRule r : e.rules()) {
      if (!r.active() || "warning".equals(String.valueOf(r.severity()).toLowerCase())) {
        continue;
      }
      Compilation c = CompiledExpressions.of(pkg, e, r.expression(), ExprType.BOOL);
      if (!c.ok() || !ExpressionEvaluator.test(c.compiled(), values)) {
        errors.add(
            new FieldError(r.field(), "rule." + r.name(), r.message().ja(), r.message().en()));
      }
    }
  }
}
