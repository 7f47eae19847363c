package io.tsumugi.core.access;

import io.tsumugi.core.query.ScopeSql;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.schema.runtime.ActiveMetadata;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.metadata.model.FieldAccess;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The access questions screens and REST ask apart from reading and writing records: may this caller
 * create, export, ...; which fields are hidden from them; why can a user see a record ({@link
 * AccessExplainer}). The same {@link AccessPolicy} the record and query services use.
 */
public final class AccessService {

  private final DataSource dataSource;
  private final ActiveMetadata active;
  private final AccessPolicy policy = new AccessPolicy();

  /** The service on the platform data source and the active metadata. */
  public AccessService(DataSource dataSource, ActiveMetadata active) {
    this.dataSource = dataSource;
    this.active = active;
  }

  /** The caller's permissions on {@code entity}. */
  public EntityPermission permission(CallerContext caller, String entity) {
    return with(caller, a -> a.permission(active.entity(entity).name()));
  }

  /** The names of the entities the caller may read (for navigation). */
  public Set<String> readableEntities(CallerContext caller) {
    return with(
        caller,
        a ->
            active.current().pkg().entities().stream()
                .map(EntityDef::name)
                .filter(n -> a.permission(n).read())
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)));
  }

  /** The fields of {@code entity} hidden from the caller. */
  public Set<String> hiddenFields(CallerContext caller, String entity) {
    return with(caller, a -> a.hiddenFields(active.entity(entity)));
  }

  /**
   * The fields of {@code entity} the caller may not edit, with what the caller may do: {@link
   * FieldAccess#NONE} (hidden) or {@link FieldAccess#READ}; fields not listed are editable. One
   * read of the caller's access, for screens that show a whole entity.
   */
  public Map<String, FieldAccess> restrictedFields(CallerContext caller, String entity) {
    return with(
        caller,
        a -> {
          EntityDef e = active.entity(entity);
          Map<String, FieldAccess> out = new LinkedHashMap<>();
          for (FieldDef f : e.fields()) {
            FieldAccess access = a.field(e, f);
            if (access != FieldAccess.EDIT) {
              out.put(f.name(), access);
            }
          }
          return out;
        });
  }

  /**
   * The active metadata as the caller may see it: all of it for an administrator; for anyone else
   * the entities they may read without their hidden fields and without the security section ({@link
   * PackageView}).
   */
  public MetadataPackage visiblePackage(CallerContext caller) {
    MetadataPackage pkg = active.current().pkg();
    return with(caller, a -> a.isAdmin() ? pkg : PackageView.of(pkg, a));
  }

  /**
   * Whether the caller may {@code operation} ({@code update} or {@code delete}) record {@code id}:
   * the permission, and the record within the caller's write scope.
   */
  public boolean mayChange(CallerContext caller, String entity, long id, String operation) {
    MetadataPackage pkg = active.current().pkg();
    EntityDef e = active.entity(entity);
    try (Connection c = dataSource.getConnection()) {
      CallerAccess a = policy.of(c, caller, pkg);
      EntityPermission p = a.permission(e.name());
      boolean granted = "delete".equals(operation) ? p.delete() : p.update();
      RowScope write = a.writeScope(e);
      return granted && (write.all() || ScopeSql.contains(c, pkg, e, write, id));
    } catch (SQLException ex) {
      throw new IllegalStateException("Cannot read the caller's access", ex);
    }
  }

  /** Refuses (403) an export of {@code entity}'s records by a caller without export permission. */
  public void requireExport(CallerContext caller, String entity) {
    if (!permission(caller, entity).export()) {
      throw AccessDeniedException.operation(entity, "export");
    }
  }

  /**
   * Why the user {@code loginId} may (or may not) read and change record {@code id} of {@code
   * entity}.
   */
  public AccessExplanation explain(String loginId, String entity, long id) {
    MetadataPackage pkg = active.current().pkg();
    EntityDef e = active.entity(entity);
    try (Connection c = dataSource.getConnection()) {
      return new AccessExplainer(c, pkg, policy).explain(loginId, e, id);
    } catch (SQLException ex) {
      throw new IllegalStateException("Cannot explain access to " + entity, ex);
    }
  }

  private <T> T with(CallerContext caller, java.util.function.Function<CallerAccess, T> question) {
    try (Connection c = dataSource.getConnection()) {
      return question.apply(policy.of(c, caller, active.current().pkg()));
    } catch (SQLException ex) {
      throw new IllegalStateException("Cannot read the caller's access", ex);
    }
  }
}
