package io.tsumugi.core.query;

import io.tsumugi.core.records.RecordRows;
import io.tsumugi.metadata.model.FieldDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A bind parameter: a value in its field's Java type, or text for LIKE patterns.
 *
 * @param field the field whose type the value has, or {@code null} for text and ids
 * @param value the value
 */
record Bind(FieldDef field, Object value) {

  static Bind text(String s) {
    return new Bind(null, s);
  }

  /** An id (a record's, a user's, a department's). */
  static Bind id(long id) {
    return new Bind(null, id);
  }

  static void all(PreparedStatement ps, List<Bind> binds) throws SQLException {
    all(ps, 1, binds);
  }

  /** Binds {@code binds} from parameter {@code from}; returns the next free parameter index. */
  static int all(PreparedStatement ps, int from, List<Bind> binds) throws SQLException {
    int i = from;
    for (Bind b : binds) {
      if (b.field == null && b.value instanceof Long id) {
        ps.setLong(i++, id);
      } else if (b.field == null) {
        ps.setString(i++, (String) b.value);
      } else {
        RecordRows.bind(ps, i++, b.field, b.value);
      }
    }
    return i;
  }
}
