package io.tsumugi.api.extension;

import org.pf4j.ExtensionPoint;

/**
 * Rewrites a field's value into its canonical form before validation (e.g. full-width digits to
 * half-width, canonical spacing of a licence plate), after the platform's own normalisation of the
 * field type.
 *
 * <p>The record service calls {@link #normalize} for every field of a record being saved for which
 * {@link #appliesTo} is true. A normaliser must be idempotent ({@code normalize(normalize(v))}
 * equals {@code normalize(v)}) and must not throw for a value it does not understand: return it
 * unchanged and let a validator report it.
 */
public interface FieldNormalizer extends ExtensionPoint {

  /** Whether this normaliser handles {@code field}. */
  boolean appliesTo(FieldRef field);

  /** The canonical form of {@code value} (never {@code null} for a non-null value). */
  Object normalize(FieldRef field, Object value);
}
