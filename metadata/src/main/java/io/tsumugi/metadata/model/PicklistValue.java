package io.tsumugi.metadata.model;

/**
 * One value of a picklist.
 *
 * @param value the stored value
 * @param label the displayed label
 * @param order explicit display order, or {@code null} to keep the document order
 * @param color a display colour {@code #rrggbb}, or {@code null}
 * @param active false when the value may no longer be chosen (existing records keep it)
 */
public record PicklistValue(
    String value, LocalizedText label, Integer order, String color, boolean active) {}
