package io.tsumugi.api.record;

/**
 * A record being saved, handed to {@link io.tsumugi.api.extension.RecordListener#beforeSave}: the
 * listener may still change its values before validation and persistence.
 */
public interface MutableRecord extends RecordView {

  /** Sets {@code field} to {@code value}; {@code null} clears it. */
  void set(String field, Object value);
}
