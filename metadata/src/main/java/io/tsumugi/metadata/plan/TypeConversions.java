package io.tsumugi.metadata.plan;

import static io.tsumugi.metadata.model.FieldType.*;

import io.tsumugi.metadata.model.FieldType;
import java.util.EnumSet;
import java.util.Set;

/**
 * The field type conversion matrix: whether a type change is safe, needs a data check, drops the
 * data, or is refused outright.
 *
 * <ul>
 *   <li>same type, or widening (longtext from any text-like type, datetime from date, text-like
 *       from numbers, dates and booleans, decimal family from integer and boolean, multipicklist
 *       from picklist, a stored type from a formula or rollup): {@link Verdict#SAFE};
 *   <li>narrowing or parsing (text to number/date/boolean/email/phone/url/postal code/picklist,
 *       longtext to text (length), decimal to integer, datetime to date, multipicklist to
 *       picklist...): {@link Verdict#CHECK}, with a {@link DataCheck.NonConvertibleValues}
 *       question;
 *   <li>a stored type to formula or rollup: {@link Verdict#DROPS_DATA} (the column is archived);
 *   <li>anything to or from lookup or autonumber (except autonumber to text), picklist to a number,
 *       date or boolean: {@link Verdict#REFUSED}.
 * </ul>
 */
public final class TypeConversions {

  /** The class of a type change. */
  public enum Verdict {
    SAFE,
    CHECK,
    DROPS_DATA,
    REFUSED
  }

  private static final Set<FieldType> TEXTUAL =
      EnumSet.of(TEXT, LONGTEXT, EMAIL, PHONE, URL, POSTAL_CODE);
  private static final Set<FieldType> NUMERIC = EnumSet.of(INTEGER, DECIMAL, CURRENCY, PERCENT);
  private static final Set<FieldType> TEMPORAL = EnumSet.of(DATE, DATETIME);

  private TypeConversions() {}

  /** Classifies a change from one type to another. */
  public static Verdict classify(FieldType from, FieldType to) {
    if (from == to) {
      return Verdict.SAFE;
    }
    if (to.isComputed()) {
      return from.isComputed() ? Verdict.SAFE : Verdict.DROPS_DATA;
    }
    if (from.isComputed()) {
      return to == LOOKUP || to == AUTONUMBER ? Verdict.REFUSED : Verdict.SAFE;
    }
    if (from == LOOKUP || to == LOOKUP || to == AUTONUMBER) {
      return Verdict.REFUSED;
    }
    if (from == AUTONUMBER) {
      return to == TEXT || to == LONGTEXT ? Verdict.SAFE : Verdict.REFUSED;
    }
    if (to == LONGTEXT) {
      return Verdict.SAFE;
    }
    if (from == LONGTEXT && to == TEXT) {
      return Verdict.CHECK;
    }
    if (from.isPicklist()) {
      if (to == TEXT || (from == PICKLIST && to == MULTIPICKLIST)) {
        return Verdict.SAFE;
      }
      return from == MULTIPICKLIST && to == PICKLIST ? Verdict.CHECK : Verdict.REFUSED;
    }
    if (to == TEXT
        && (TEXTUAL.contains(from)
            || NUMERIC.contains(from)
            || TEMPORAL.contains(from)
            || from == BOOLEAN)) {
      return Verdict.SAFE;
    }
    if (TEXTUAL.contains(from)) {
      return Verdict.CHECK;
    }
    if (NUMERIC.contains(from) && NUMERIC.contains(to)) {
      return from == INTEGER ? Verdict.SAFE : Verdict.CHECK;
    }
    if (from == BOOLEAN && NUMERIC.contains(to)) {
      return Verdict.SAFE;
    }
    if (from == DATE && to == DATETIME) {
      return Verdict.SAFE;
    }
    if (from == DATETIME && to == DATE) {
      return Verdict.CHECK;
    }
    if (NUMERIC.contains(from) && to == BOOLEAN) {
      return Verdict.CHECK;
    }
    return Verdict.REFUSED;
  }
}
