package io.tsumugi.core.query;

import io.tsumugi.core.records.Record;
import java.util.List;

/**
 * One page of a query's records.
 *
 * @param records the records of the page, each with its lookup targets' names
 * @param count how many records match, at most 10,000
 * @param countCapped whether more than 10,000 match (show "10,000+")
 * @param next the keyset cursor of the following page (pass as {@link RecordQuery#after()}), or
 *     {@code null} on the last page
 */
public record RecordPage(List<Record> records, long count, boolean countCapped, String next) {

  /** Copies the list. */
  public RecordPage {
    records = List.copyOf(records);
  }
}
