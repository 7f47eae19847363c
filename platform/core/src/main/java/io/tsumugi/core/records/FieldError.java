package io.tsumugi.core.records;

/**
 * One problem with a record's values.
 *
 * @param field the field's API name, or {@code null} for the record as a whole
 * @param code a stable code, e.g. {@code value.required}
 * @param messageJa the message in Japanese, naming the field
 * @param messageEn the message in English, naming the field
 */
public record FieldError(String field, String code, String messageJa, String messageEn) {}
