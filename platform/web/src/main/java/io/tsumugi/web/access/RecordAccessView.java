package io.tsumugi.web.access;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.model.EntityPermission;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code #{recordAccess}}: whether the create, edit, delete and export buttons are shown. Hiding is
 * a courtesy; the record and query services refuse the same operations server-side anyway.
 */
@Named("recordAccess")
@RequestScoped
public class RecordAccessView {

  @Inject private Engine engine;
  @Inject private ScreenCaller caller;

  private final Map<String, EntityPermission> permissions = new HashMap<>();
  private final Map<String, Boolean> changes = new HashMap<>();

  /** May the user create records of {@code entity}? */
  public boolean canCreate(String entity) {
    return entity != null && permission(entity).create();
  }

  /** May the user export {@code entity}'s lists? */
  public boolean canExport(String entity) {
    return entity != null && permission(entity).export();
  }

  /** May the user change records of {@code entity} at all (bulk edit)? */
  public boolean canUpdateAny(String entity) {
    return entity != null && permission(entity).update();
  }

  /** May the user delete records of {@code entity} at all (bulk delete)? */
  public boolean canDeleteAny(String entity) {
    return entity != null && permission(entity).delete();
  }

  /** May the user change record {@code id}? */
  public boolean canUpdate(String entity, Long id) {
    return may(entity, id, "update");
  }

  /** May the user delete record {@code id}? */
  public boolean canDelete(String entity, Long id) {
    return may(entity, id, "delete");
  }

  private boolean may(String entity, Long id, String operation) {
    if (entity == null || id == null) {
      return false;
    }
    return changes.computeIfAbsent(
        entity + "/" + id + "/" + operation,
        k -> engine.access().mayChange(caller.get(), entity, id, operation));
  }

  private EntityPermission permission(String entity) {
    return permissions.computeIfAbsent(entity, e -> engine.access().permission(caller.get(), e));
  }
}
