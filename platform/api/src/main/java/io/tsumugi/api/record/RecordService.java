package io.tsumugi.api.record;

import java.util.Map;

/**
 * Writes records through the platform's only write path (permission check, normalisation,
 * validation, persistence, history), with the rights of the current user.
 */
public interface RecordService {

  /**
   * Creates a record of {@code entity} with {@code values}.
   *
   * @return the saved record with its id
   * @throws RecordValidationException when the values are not valid
   * @throws SecurityException when the current user may not create such records
   */
  RecordView create(String entity, Map<String, Object> values);

  /**
   * Changes the given fields of a record; fields not named keep their values.
   *
   * @throws RecordValidationException when the result is not valid
   */
  RecordView update(String entity, String id, Map<String, Object> values);

  /** Deletes a record (or refuses, if other records depend on it). */
  void delete(String entity, String id);
}
