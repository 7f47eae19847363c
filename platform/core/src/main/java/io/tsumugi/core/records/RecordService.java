package io.tsumugi.core.records;

import io.tsumugi.core.access.AccessPolicy;
import io.tsumugi.core.access.CallerAccess;
import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.core.schema.runtime.ColumnTypes;
import io.tsumugi.core.schema.runtime.SqlDialect;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The only write path for records. Every call takes the caller; a write normalises, validates
 * (returning every error at once), computes auto-numbers and formulas, stamps owner and times,
 * records field history, and checks the version the caller read. On any error nothing is written.
 * Reads compute rollups ({@link Rollups}) and formulas. Plain JDBC: inside WildFly the connection
 * joins the caller's JTA transaction when there is one, otherwise each call is its own transaction.
 */
public final class RecordService {

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final ValueNormalizer normalizer = new ValueNormalizer();
  private final RecordValidator validator = new RecordValidator();
  private final RecordHooks hooks;
  private final AccessPolicy policy = new AccessPolicy();

  /** A service on this data source, serving the active metadata, without plugin hooks. */
  public RecordService(DataSource dataSource, ActiveMetadata active) {
    this(dataSource, active, RecordHooks.NONE);
  }

  /** A service that also calls {@code hooks} (the running plugins) on every write. */
  public RecordService(DataSource dataSource, ActiveMetadata active, RecordHooks hooks) {
    this.dataSource = dataSource;
    this.active = active;
    this.hooks = hooks;
  }

  /** Creates a record; throws {@link RecordValidationException} with every error. */
  public Record create(CallerContext caller, String entity, Map<String, ?> input) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection();
        LocalTransaction tx = LocalTransaction.begin(c)) {
      Record r = create(c, caller, entity, input);
      tx.commit();
      return r;
    } catch (SQLException ex) {
      throw RecordSql.translate(active.current().pkg(), entity, ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * Changes the given fields of a record read at {@code expectedVersion}.
   *
   * @throws ConcurrentEditException when the record changed since
   */
  public Record update(
      CallerContext caller, String entity, long id, long expectedVersion, Map<String, ?> changes) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection();
        LocalTransaction tx = LocalTransaction.begin(c)) {
      Record r = update(c, caller, entity, id, expectedVersion, changes);
      tx.commit();
      return r;
    } catch (SQLException ex) {
      throw RecordSql.translate(active.current().pkg(), entity, ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /** The caller's access under the active metadata, read on {@code c}. */
  CallerAccess access(Connection c, CallerContext caller) throws SQLException {
    return policy.of(c, caller, active.current().pkg());
  }

  /** The data source and metadata this service writes to, for batches on one connection. */
  DataSource dataSource() {
    return dataSource;
  }

  ActiveMetadata active() {
    return active;
  }

  /** A create on {@code c}, inside the caller's transaction; the caller holds the read lock. */
  Record create(Connection c, CallerContext caller, String entity, Map<String, ?> input)
      throws SQLException {
    MetadataPackage pkg = active.current().pkg();
    EntityDef e = active.entity(entity);
    CallerAccess access = access(c, caller);
    RecordAccess.requireOperation(e, "create", access.permission(e.name()).create());
    List<FieldError> errors = new ArrayList<>();
    RecordAccess.refuseReadOnlyFields(access, e, input, errors);
    Map<String, Object> values = normalized(e, input, errors);
    for (FieldDef f : e.fields()) {
      if (f.isStored() && !input.containsKey(f.name()) && f.defaultValue() != null) {
        values.put(f.name(), defaultValue(f, errors));
      }
    }
    boolean plugins = !hooks.isEmpty();
    if (plugins) {
      HookSteps.normalize(hooks, e, values);
      HookSteps.beforeSave(hooks, normalizer, caller, e, null, values, errors);
    }
    Rollups.noChildren(e, values);
    Formulas.compute(pkg, e, values);
    validator.validate(pkg, e, values, errors);
    if (plugins) {
      errors.addAll(hooks.validate(caller, e, null, values));
    }
    RecordSql sql = new RecordSql(c, SqlDialect.of(c), e);
    sql.checkUniqueAndLookups(values, null, errors);
    RecordAccess.refuseInvisibleLookups(c, pkg, access, e, values, errors);
    if (!errors.isEmpty()) {
      throw new RecordValidationException(errors);
    }
    for (FieldDef f : e.fields()) {
      if (f.type() == FieldType.AUTONUMBER) {
        values.put(f.name(), sql.nextAutonumber(f));
      }
    }
    Record r = withComputed(c, pkg, e, sql.insert(caller, values), Rollups.ALL_CHILDREN);
    if (plugins) {
      hooks.afterSave(caller, e, r);
    }
    return access.strip(e, r);
  }

  /** An update on {@code c}, inside the caller's transaction; the caller holds the read lock. */
  Record update(
      Connection c,
      CallerContext caller,
      String entity,
      long id,
      long expectedVersion,
      Map<String, ?> changes)
      throws SQLException {
    MetadataPackage pkg = active.current().pkg();
    EntityDef e = active.entity(entity);
    CallerAccess access = access(c, caller);
    RecordAccess.requireWritable(
        c, pkg, access, e, id, "update", access.permission(e.name()).update());
    RecordSql sql = new RecordSql(c, SqlDialect.of(c), e);
    Record old = sql.find(id).orElseThrow(() -> new ConcurrentEditException(entity, id));
    if (old.version() != expectedVersion) {
      throw new ConcurrentEditException(entity, id);
    }
    List<FieldError> errors = new ArrayList<>();
    RecordAccess.refuseReadOnlyFields(access, e, changes, errors);
    Map<String, Object> changed = normalized(e, changes, errors);
    boolean plugins = !hooks.isEmpty();
    if (plugins) {
      HookSteps.normalize(hooks, e, changed);
    }
    Map<String, Object> values =
        new LinkedHashMap<>(withComputed(c, pkg, e, old, Rollups.ALL_CHILDREN).values());
    values.putAll(changed);
    if (plugins) {
      changed.putAll(HookSteps.beforeSave(hooks, normalizer, caller, e, id, values, errors));
    }
    Formulas.compute(pkg, e, values);
    validator.validate(pkg, e, values, errors);
    if (plugins) {
      errors.addAll(hooks.validate(caller, e, id, values));
    }
    sql.checkUniqueAndLookups(changed, id, errors);
    RecordAccess.refuseInvisibleLookups(c, pkg, access, e, changed, errors);
    if (!errors.isEmpty()) {
      throw new RecordValidationException(errors);
    }
    if (!sql.update(caller, id, expectedVersion, changed)) {
      throw new ConcurrentEditException(entity, id);
    }
    sql.history(caller, id, old.values(), changed);
    Record stored = sql.find(id).orElseThrow();
    Record r = withComputed(c, pkg, e, stored, Rollups.ALL_CHILDREN);
    if (plugins) {
      hooks.afterSave(caller, e, r);
    }
    // The caller is shown rollups over the children they may read, as on every read.
    return access.strip(e, Rollups.any(e) ? withComputed(c, pkg, e, stored, access::readScope) : r);
  }

  /** Reads a record, formulas computed. */
  public Optional<Record> get(CallerContext caller, String entity, long id) {
    active.readLock().lock();
    try (Connection c = dataSource.getConnection()) {
      MetadataPackage pkg = active.current().pkg();
      EntityDef e = active.entity(entity);
      CallerAccess access = access(c, caller);
      RecordAccess.requireOperation(e, "read", access.permission(e.name()).read());
      if (!RecordAccess.visible(c, pkg, access, e, id)) {
        return Optional.empty();
      }
      Optional<Record> r = new RecordSql(c, SqlDialect.of(c), e).find(id);
      return r.isEmpty()
          ? r
          : Optional.of(access.strip(e, withComputed(c, pkg, e, r.get(), access::readScope)));
    } catch (SQLException ex) {
      throw RecordSql.translate(active.current().pkg(), entity, ex);
    } finally {
      active.readLock().unlock();
    }
  }

  /**
   * The canonical form of one field's value (03-1234-5678 for ０３１２３４５６７８), for forms that show it
   * as the user leaves the field; the raw value when it cannot be normalised or the field is
   * unknown.
   */
  public Object normalize(String entity, String field, Object raw) {
    Optional<FieldDef> f = active.current().pkg().entity(entity).flatMap(e -> e.field(field));
    if (f.isEmpty() || !f.get().isStored()) {
      return raw;
    }
    List<FieldError> errors = new ArrayList<>();
    Object v = normalizer.normalize(f.get(), raw, errors);
    return errors.isEmpty() ? v : raw;
  }

  private Map<String, Object> normalized(
      EntityDef e, Map<String, ?> input, List<FieldError> errors) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> in : input.entrySet()) {
      Optional<FieldDef> f = e.field(in.getKey());
      if (f.isEmpty()) {
        errors.add(
            new FieldError(
                null,
                "field.unknown",
                e.name() + " に項目「" + safe(in.getKey()) + "」はありません。",
                e.name() + " has no field \"" + safe(in.getKey()) + "\"."));
      } else if (!f.get().isStored() || f.get().type() == FieldType.AUTONUMBER) {
        errors.add(Messages.notWritable(f.get()));
      } else {
        out.put(f.get().name(), normalizer.normalize(f.get(), in.getValue(), errors));
      }
    }
    return out;
  }

  private Object defaultValue(FieldDef f, List<FieldError> errors) {
    Object d = f.defaultValue();
    if (f.type() == FieldType.DATE && "today".equals(d)) {
      return LocalDate.now();
    }
    if (f.type() == FieldType.DATETIME && "now".equals(d)) {
      return Instant.now();
    }
    if (d instanceof List<?> l) {
      return List.copyOf(l.stream().map(String::valueOf).toList());
    }
    return normalizer.normalize(f, d, errors);
  }

  /** The record with its rollups (over the {@code children} in scope) and formulas computed. */
  private static Record withComputed(
      Connection c,
      MetadataPackage pkg,
      EntityDef e,
      Record r,
      Function<EntityDef, RowScope> children)
      throws SQLException {
    if (Rollups.any(e)) {
      return Rollups.fill(c, pkg, e, List.of(r), children).get(0);
    }
    Map<String, Object> values = new LinkedHashMap<>(r.values());
    Formulas.compute(pkg, e, values);
    return new Record(r.entity(), r.id(), r.version(), values);
  }

  static String joined(Object v) {
    if (v instanceof List<?> l) {
      return String.join(ColumnTypes.MULTI_SEPARATOR, l.stream().map(String::valueOf).toList());
    }
    return v == null ? null : v.toString();
  }

  private static String safe(String s) {
    return s == null ? "null" : s.replaceAll("[^\\p{L}\\p{N}_]", "?");
  }

  static String table(EntityDef e) {
    return SqlNames.table(e.name());
  }
}
