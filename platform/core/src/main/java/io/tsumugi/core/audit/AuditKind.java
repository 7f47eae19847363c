package io.tsumugi.core.audit;

import java.util.Locale;
import java.util.Optional;

/** What an audit entry is about; the filter on the audit page and {@code GET /api/v1/audit}. */
public enum AuditKind {
  LOGIN,
  USER,
  DEPARTMENT,
  PERMISSION,
  METADATA,
  EXPORT;

  /** The lower-case name used in URLs and JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code key} ({@code login}, {@code user}, ...), if there is one. */
  public static Optional<AuditKind> of(String key) {
    for (AuditKind k : values()) {
      if (k.key().equals(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
