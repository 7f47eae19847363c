package io.tsumugi.core.access;

import io.tsumugi.core.query.Filter;
import java.util.List;
import java.util.Set;

/**
 * The records a caller may see (or change) in one entity: all of them, or those owned by the
 * caller, owned by a user of one of {@code ownerDepartments}, or matching one of the sharing
 * filters. The query package renders it as SQL ({@code ScopeSql}); ids travel as bind parameters.
 *
 * @param all every record
 * @param ownerId the caller's user id (own records), or {@code null}
 * @param ownerDepartments departments whose users' records are included
 * @param shared the filters of the sharing rules that apply to the caller
 */
public record RowScope(boolean all, Long ownerId, Set<Long> ownerDepartments, List<Filter> shared) {

  /** Every record. */
  public static final RowScope ALL = new RowScope(true, null, Set.of(), List.of());

  /** No record. */
  public static final RowScope NONE = new RowScope(false, null, Set.of(), List.of());

  /** Copies the collections. */
  public RowScope {
    ownerDepartments = Set.copyOf(ownerDepartments);
    shared = List.copyOf(shared);
  }

  /** Whether no record can match. */
  public boolean isNone() {
    return !all && ownerId == null && ownerDepartments.isEmpty() && shared.isEmpty();
  }
}
