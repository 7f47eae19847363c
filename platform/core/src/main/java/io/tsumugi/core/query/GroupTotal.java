package io.tsumugi.core.query;

import java.math.BigDecimal;

/**
 * The records of one group (one value of the grouping field) counted and summed.
 *
 * @param key the grouping field's value, or {@code null} for records without one
 * @param count how many records have that value
 * @param sum the sum of the summed field over them ({@code 0} when none has a value)
 */
public record GroupTotal(Object key, long count, BigDecimal sum) {}
