package io.tsumugi.rest.records;

import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordService;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.rest.auth.CallerPrincipal;
import io.tsumugi.rest.problem.ApiException;
import jakarta.ws.rs.core.SecurityContext;

/** What the record resources share: the caller, a record by its path id, the 404. */
final class RecordCalls {

  private RecordCalls() {}

  static CallerContext caller(SecurityContext security) {
    return CallerPrincipal.callerContext(security);
  }

  /** The record {@code id} of {@code def}, or a 404 naming it. */
  static Record find(RecordService records, SecurityContext security, EntityDef def, String id) {
    if (id == null || !id.matches("\\d{1,18}")) {
      throw notFound(def, id);
    }
    return records
        .get(caller(security), def.name(), Long.parseLong(id))
        .orElseThrow(() -> notFound(def, id));
  }

  static ApiException notFound(EntityDef def, String id) {
    String safe = String.valueOf(id).replaceAll("[^0-9A-Za-z]", "?");
    return ApiException.notFound(
        "record.notFound",
        def.name() + " のレコード " + safe + " は見つかりません。",
        "There is no " + def.name() + " record " + safe + ".");
  }

  /** 400 for a query parameter that is not a positive integer. */
  static long positive(String name, String value) {
    if (value == null || !value.matches("\\d{1,18}") || Long.parseLong(value) < 1) {
      throw ApiException.badRequest(
          name + ".invalid", name + " は正の整数で指定してください。", name + " must be a positive integer.");
    }
    return Long.parseLong(value);
  }
}
