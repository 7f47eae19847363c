package io.tsumugi.core.query;

import io.tsumugi.core.access.RowScope;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordRows;
import io.tsumugi.core.schema.runtime.SqlNames;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import io.tsumugi.metadata.model.FieldType;
import io.tsumugi.metadata.model.MetadataPackage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Telephony look-up: the records of every entity whose phone fields hold a number. The number
 * arrives in its stored (canonical) form, so each phone column is compared with {@code =} and
 * served by the index every phone field has ({@code FieldDef.isIndexed}); a record matching on two
 * fields is listed once, under the first.
 */
final class PhoneLookup {

  private PhoneLookup() {}

  static List<PhoneMatch> find(
      Connection c,
      MetadataPackage pkg,
      Function<EntityDef, RowScope> scopes,
      String canonical,
      int perEntity)
      throws SQLException {
    List<PhoneMatch> out = new ArrayList<>();
    for (EntityDef e : pkg.entities()) {
      List<FieldDef> phones =
          e.fields().stream().filter(f -> f.isStored() && f.type() == FieldType.PHONE).toList();
      RowScope scope = phones.isEmpty() ? RowScope.NONE : scopes.apply(e);
      if (!scope.isNone()) {
        out.addAll(find(c, pkg, e, new ScopeSql(pkg, e, scope), phones, canonical, perEntity));
      }
    }
    return out;
  }

  /**
   * The statement for one phone field: {@code WHERE phone = ? ORDER BY id}, which its {@code
   * (column, id)} index serves directly (one statement per field: neither H2 nor PostgreSQL reads
   * an OR of two columns as cheaply).
   */
  static String sql(EntityDef e, FieldDef phone, int limit) {
    return sql(e, phone, "1=1", limit);
  }

  /** The statement for one phone field, restricted to the records {@code visible} lets through. */
  static String sql(EntityDef e, FieldDef phone, String visible, int limit) {
    return "SELECT "
        + FieldPath.MAIN_ALIAS
        + ".* FROM "
        + SqlNames.table(e.name())
        + " "
        + FieldPath.MAIN_ALIAS
        + " WHERE "
        + FieldPath.MAIN_ALIAS
        + "."
        + SqlNames.column(phone.name())
        + " = ? AND "
        + visible
        + " ORDER BY "
        + FieldPath.MAIN_ALIAS
        + ".id LIMIT "
        + limit;
  }

  private static List<PhoneMatch> find(
      Connection c,
      MetadataPackage pkg,
      EntityDef e,
      ScopeSql visible,
      List<FieldDef> phones,
      String canonical,
      int limit)
      throws SQLException {
    Map<Long, PhoneMatch> out = new LinkedHashMap<>();
    for (FieldDef phone : phones) {
      try (PreparedStatement ps = c.prepareStatement(sql(e, phone, visible.condition, limit))) {
        List<Bind> binds = new ArrayList<>();
        binds.add(Bind.text(canonical));
        binds.addAll(visible.binds);
        Bind.all(ps, binds);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next() && out.size() < limit) {
            Record r = RecordRows.read(pkg, e, rs, Map.of());
            Object name = r.get(e.nameField());
            out.putIfAbsent(
                r.id(),
                new PhoneMatch(
                    e.name(), r.id(), name == null ? null : name.toString(), phone.name()));
          }
        }
      }
    }
    return new ArrayList<>(out.values());
  }
}
