package io.tsumugi.core.records;

import io.tsumugi.core.schema.runtime.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates or updates up to {@value #MAX_RECORDS} records of one entity through the record service's
 * write path, on one connection. <b>Atomic</b>: one transaction; every record is checked and the
 * transaction commits only when all succeeded, so on any failure nothing is written and every
 * failure is reported. <b>Per record</b>: each record is its own transaction; the others are
 * written whatever happens to one.
 */
public final class RecordBatch {

  /** The most records one batch may hold. */
  public static final int MAX_RECORDS = 200;

  /** What the batch does to each record. */
  public enum Operation {
    CREATE,
    UPDATE
  }

  /**
   * One record of the batch.
   *
   * @param id the record to update ({@code null} for a create)
   * @param version the version read (optimistic lock), or {@code null} to update whatever is there
   * @param values the values, as for {@link RecordService#create}
   */
  public record Item(Long id, Long version, Map<String, ?> values) {}

  /** How one record fared. */
  public enum Outcome {
    CREATED,
    UPDATED,
    INVALID,
    NOT_FOUND,
    CONFLICT,
    NOT_ATTEMPTED;

    /** True for a record written (or, in a failed atomic batch, that would have been). */
    public boolean succeeded() {
      return this == CREATED || this == UPDATED;
    }
  }

  /**
   * The result of one record.
   *
   * @param index its position in the batch (0-based)
   * @param outcome what happened
   * @param record the record after the write, or {@code null}
   * @param errors the reasons when it failed (field {@code null}: the record as a whole)
   */
  public record ItemResult(int index, Outcome outcome, Record record, List<FieldError> errors) {}

  /**
   * The result of a batch.
   *
   * @param committed true when the writes that succeeded are stored (atomic: all or none)
   * @param items one result per record, in order
   */
  public record Result(boolean committed, List<ItemResult> items) {

    /** How many records failed. */
    public long failed() {
      return items.stream().filter(i -> !i.outcome().succeeded()).count();
    }
  }

  private final RecordService service;

  /** A batch runner writing through {@code service}. */
  public RecordBatch(RecordService service) {
    this.service = service;
  }

  /**
   * Runs the batch.
   *
   * @throws IllegalArgumentException with more than {@value #MAX_RECORDS} records
   */
  public Result run(
      CallerContext caller, String entity, Operation op, List<Item> items, boolean atomic) {
    if (items.size() > MAX_RECORDS) {
      throw new IllegalArgumentException(
          "A batch holds at most " + MAX_RECORDS + " records, not " + items.size());
    }
    service.active().readLock().lock();
    try (Connection c = service.dataSource().getConnection()) {
      service.active().entity(entity); // unknown entity: fail before any work
      return atomic ? atomic(c, caller, entity, op, items) : each(c, caller, entity, op, items);
    } catch (SQLException ex) {
      throw RecordSql.translate(service.active().current().pkg(), entity, ex);
    } finally {
      service.active().readLock().unlock();
    }
  }

  private Result atomic(
      Connection c, CallerContext caller, String entity, Operation op, List<Item> items)
      throws SQLException {
    List<ItemResult> results = new ArrayList<>();
    try (LocalTransaction tx = LocalTransaction.begin(c)) {
      boolean broken = false;
      for (int i = 0; i < items.size(); i++) {
        if (broken) {
          results.add(new ItemResult(i, Outcome.NOT_ATTEMPTED, null, List.of()));
          continue;
        }
        try {
          results.add(one(c, caller, entity, op, i, items.get(i)));
        } catch (SQLException ex) {
          // A statement failed (a unique race): the transaction cannot go on (PostgreSQL).
          results.add(failed(i, RecordSql.translate(service.active().current().pkg(), entity, ex)));
          broken = true;
        }
      }
      boolean ok = results.stream().allMatch(r -> r.outcome().succeeded());
      if (ok) {
        tx.commit();
      }
      return new Result(ok, results);
    }
  }

  private Result each(
      Connection c, CallerContext caller, String entity, Operation op, List<Item> items)
      throws SQLException {
    List<ItemResult> results = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try (LocalTransaction tx = LocalTransaction.begin(c)) {
        ItemResult r;
        try {
          r = one(c, caller, entity, op, i, items.get(i));
        } catch (SQLException ex) {
          r = failed(i, RecordSql.translate(service.active().current().pkg(), entity, ex));
        }
        if (r.outcome().succeeded()) {
          tx.commit();
        }
        results.add(r);
      }
    }
    return new Result(true, results);
  }

  private ItemResult one(
      Connection c, CallerContext caller, String entity, Operation op, int index, Item item)
      throws SQLException {
    try {
      if (op == Operation.CREATE) {
        return new ItemResult(
            index, Outcome.CREATED, service.create(c, caller, entity, item.values()), List.of());
      }
      if (item.id() == null) {
        return new ItemResult(index, Outcome.INVALID, null, List.of(BatchMessages.idMissing()));
      }
      Optional<Record> current =
          new RecordSql(c, SqlDialect.of(c), service.active().entity(entity)).find(item.id());
      if (current.isEmpty()) {
        return new ItemResult(
            index, Outcome.NOT_FOUND, null, List.of(BatchMessages.notFound(entity, item.id())));
      }
      long version = item.version() == null ? current.get().version() : item.version();
      Record r = service.update(c, caller, entity, item.id(), version, item.values());
      return new ItemResult(index, Outcome.UPDATED, r, List.of());
    } catch (RecordValidationException e) {
      return new ItemResult(index, Outcome.INVALID, null, e.errors());
    } catch (io.tsumugi.core.access.RecordNotVisibleException e) {
      // The same answer as for a missing record: whether it exists is not the caller's to know.
      return new ItemResult(
          index, Outcome.NOT_FOUND, null, List.of(BatchMessages.notFound(entity, e.id())));
    } catch (io.tsumugi.core.access.AccessDeniedException e) {
      return new ItemResult(
          index,
          Outcome.INVALID,
          null,
          List.of(new FieldError(null, e.code(), e.messageJa(), e.messageEn())));
    } catch (ConcurrentEditException e) {
      return new ItemResult(
          index,
          Outcome.CONFLICT,
          null,
          List.of(new FieldError("version", "record.changed", e.messageJa(), e.getMessage())));
    }
  }

  private static ItemResult failed(int index, RuntimeException e) {
    if (e instanceof RecordValidationException v) {
      return new ItemResult(index, Outcome.INVALID, null, v.errors());
    }
    throw e;
  }
}
