package io.tsumugi.core.records;

import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Create or update by a unique field: the record whose unique field holds the key (normalised like
 * any input, so '０３…' finds '03-…') is changed like a PATCH; without one a record is created with
 * the key and the values. Fields that are not unique are refused: they cannot name one record.
 */
public final class RecordUpsert {

  /**
   * What an upsert did.
   *
   * @param record the record after the write
   * @param created true when it was created, false when updated
   */
  public record Upserted(Record record, boolean created) {}

  private final RecordService service;
  private final ValueNormalizer normalizer = new ValueNormalizer();

  /** An upsert writing through {@code service}. */
  public RecordUpsert(RecordService service) {
    this.service = service;
  }

  /**
   * Upserts by {@code field} = {@code key}.
   *
   * @param expectedVersion the version read (If-Match) when updating, or {@code null}
   * @throws RecordValidationException for an unknown or non-unique field, a key of the wrong type,
   *     a body whose key differs, or invalid values
   * @throws ConcurrentEditException when the record is not at {@code expectedVersion}, or there is
   *     no record with the key although a version was expected
   */
  public Upserted upsert(
      CallerContext caller,
      String entity,
      String field,
      Object key,
      Map<String, ?> values,
      Long expectedVersion) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(caller, entity, field, key, values, expectedVersion);
      } catch (RecordValidationException e) {
        // Two upserts of one new key at once: the loser finds the winner's record next time.
        boolean race =
            e.errors().stream()
                .anyMatch(f -> field.equals(f.field()) && "value.notUnique".equals(f.code()));
        if (!race || attempt == 2) {
          throw e;
        }
      }
    }
  }

  private Upserted once(
      CallerContext caller,
      String entity,
      String field,
      Object key,
      Map<String, ?> values,
      Long expectedVersion) {
    service.active().readLock().lock();
    try (Connection c = service.dataSource().getConnection();
        LocalTransaction tx = LocalTransaction.begin(c)) {
      EntityDef e = service.active().entity(entity);
      FieldDef f = keyField(e, field);
      Object normalized = normalizedKey(f, key, values);
      Optional<Record> current = new RecordSql(c, SqlDialect.of(c), e).findBy(f, normalized);
      Upserted out;
      if (current.isPresent()
          && !RecordAccess.visible(
              c,
              service.active().current().pkg(),
              service.access(c, caller),
              e,
              current.get().id())) {
        // The key is taken by a record the caller may not see: refused as a create with a taken
        // key would be (the unique constraint tells that much anyway), never with its id or values.
        throw new RecordValidationException(List.of(Messages.notUnique(f)));
      }
      if (current.isPresent()) {
        long version = expectedVersion == null ? current.get().version() : expectedVersion;
        out =
            new Upserted(
                service.update(c, caller, entity, current.get().id(), version, values), false);
      } else if (expectedVersion != null) {
        // If-Match names a version of a record that does not exist: a precondition failure
        // (RFC 9110 13.1.1), not a create.
        throw new ConcurrentEditException(entity, 0);
      } else {
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put(f.name(), normalized);
        out = new Upserted(service.create(c, caller, entity, all), true);
      }
      tx.commit();
      return out;
    } catch (SQLException ex) {
      throw RecordSql.translate(service.active().current().pkg(), entity, ex);
    } finally {
      service.active().readLock().unlock();
    }
  }

  private static FieldDef keyField(EntityDef e, String field) {
    Optional<FieldDef> f = e.field(field);
    List<String> unique =
        e.fields().stream().filter(x -> x.unique() && x.isStored()).map(FieldDef::name).toList();
    String choices = unique.isEmpty() ? "-" : String.join(", ", unique);
    String safe = field == null ? "null" : field.replaceAll("[^A-Za-z0-9_]", "?");
    if (f.isEmpty()) {
      throw new RecordValidationException(
          List.of(
              new FieldError(
                  safe,
                  "field.unknown",
                  e.name() + " に項目「" + safe + "」はありません。一意の項目: " + choices,
                  e.name() + " has no field \"" + safe + "\". Unique fields: " + choices + ".")));
    }
    if (!f.get().unique() || !f.get().isStored()) {
      throw new RecordValidationException(
          List.of(
              new FieldError(
                  safe,
                  "upsert.fieldNotUnique",
                  "「" + safe + "」は一意の項目ではないため、レコードを特定できません。一意の項目: " + choices,
                  "\""
                      + safe
                      + "\" is not a unique field, so it cannot identify one record. Unique"
                      + " fields: "
                      + choices
                      + ".")));
    }
    return f.get();
  }

  private Object normalizedKey(FieldDef f, Object key, Map<String, ?> values) {
    List<FieldError> errors = new ArrayList<>();
    Object normalized = normalizer.normalize(f, key, errors);
    if (normalized == null && errors.isEmpty()) {
      errors.add(Messages.required(f));
    }
    if (values.containsKey(f.name())) {
      Object inBody = normalizer.normalize(f, values.get(f.name()), new ArrayList<>());
      if (!Objects.equals(inBody, normalized)) {
        errors.add(
            Messages.of(
                f,
                "upsert.keyMismatch",
                "の値が URL の値と異なります。",
                ": the value in the body differs from the one in the URL."));
      }
    }
    if (!errors.isEmpty()) {
      throw new RecordValidationException(errors);
    }
    return normalized;
  }
}
