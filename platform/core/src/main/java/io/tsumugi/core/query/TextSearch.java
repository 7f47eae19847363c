package io.tsumugi.core.query;

import io.tsumugi.core.records.Record;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quick find: records whose searchable text fields or name contain a text, ignoring case. A formula
 * name (contact.full_name) is searched through the stored fields its expression names.
 */
final class TextSearch {

  private TextSearch() {}

  static List<Record> records(
      Connection c,
      MetadataPackage pkg,
      EntityDef e,
      io.tsumugi.core.access.RowScope scope,
      String text,
      int limit)
      throws SQLException {
    if (limit < 1 || limit > 100) {
      QueryService.throwIfAny(List.of(QueryMessages.searchLimit(limit)));
    }
    String needle = text == null ? "" : text.strip();
    List<FieldDef> fields = fields(e);
    if (needle.isEmpty() || fields.isEmpty()) {
      return List.of();
    }
    String pattern = "%" + WhereSql.escapeLike(needle.toLowerCase(Locale.ROOT)) + "%";
    List<String> ors = new ArrayList<>();
    List<Bind> binds = new ArrayList<>();
    for (FieldDef f : fields) {
      ors.add("LOWER(" + FieldPath.MAIN_ALIAS + "." + SqlNames.column(f.name()) + ") LIKE ?");
      binds.add(Bind.text(pattern));
    }
    FieldDef name = e.field(e.nameField()).orElse(null);
    String order =
        name != null && name.isStored()
            ? FieldPath.MAIN_ALIAS + "." + SqlNames.column(name.name()) + ", "
            : "";
    ScopeSql visible = new ScopeSql(pkg, e, scope);
    binds.addAll(visible.binds);
    SelectSql select = new SelectSql(pkg, e);
    String sql =
        "SELECT "
            + select.columns(List.of())
            + " FROM "
            + select.from(select.nameJoins())
            + " WHERE ("
            + String.join(" OR ", ors)
            + ") AND "
            + visible.condition
            + " ORDER BY "
            + order
            + FieldPath.MAIN_ALIAS
            + ".id LIMIT "
            + limit;
    List<Record> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      Bind.all(ps, binds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(select.read(rs));
        }
      }
    }
    return out;
  }

  /** The searchable stored text fields and the name (or the fields a formula name is made of). */
  static List<FieldDef> fields(EntityDef e) {
    Set<FieldDef> out = new LinkedHashSet<>();
    FieldDef name = e.field(e.nameField()).orElse(null);
    if (name != null && name.isStored()) {
      out.add(name);
    } else if (name != null && name.type() == FieldType.FORMULA) {
      String expression = String.valueOf(name.options().expression());
      for (FieldDef f : e.fields()) {
        if (f.isStored()
            && f.type().isStringLike()
            && Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\b")
                .matcher(expression)
                .find()) {
          out.add(f);
        }
      }
    }
    for (FieldDef f : e.searchableFields()) {
      if (f.isStored() && (f.type().isStringLike() || f.type() == FieldType.MULTIPICKLIST)) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }
}
