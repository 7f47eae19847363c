package io.tsumugi.core.schema.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Table, column, index and sequence names, generated from validated API names and stable ids. No
 * name ever reaches SQL without passing {@link #checkIdentifier}: lower-case letters, digits and
 * underscores, starting with a letter, at most 63 characters (PostgreSQL's limit). Constraint,
 * index and sequence names derive from stable ids, so renames never leave them stale.
 */
public final class SqlNames {

  /** Prefix of every entity table. */
  public static final String TABLE_PREFIX = "crm_";

  /** The sequence all record ids come from. */
  public static final String RECORD_SEQUENCE = "crm_record_seq";

  /** System columns every entity table has, in table order. */
  public static final Set<String> SYSTEM_COLUMNS =
      Set.of("id", "owner_id", "created_at", "created_by", "updated_at", "updated_by", "version");

  private static final Pattern API_NAME = Pattern.compile("^[a-z][a-z0-9_]{0,39}$");
  private static final Pattern IDENTIFIER = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private SqlNames() {}

  /** The table of an entity. */
  public static String table(String entityName) {
    return TABLE_PREFIX + checkApiName(entityName);
  }

  /** The column of a field. */
  public static String column(String fieldName) {
    return checkApiName(fieldName);
  }

  /** Where a deleted field's column is kept until purged. */
  public static String archivedColumn(String fieldName, int versionNo) {
    return checkIdentifier("zz_" + checkApiName(fieldName) + "_v" + versionNo);
  }

  /** Where a deleted entity's table is kept until purged. */
  public static String archivedTable(String entityName, int versionNo) {
    return checkIdentifier("zz_" + table(entityName) + "_v" + versionNo);
  }

  /** The temporary column a type change fills before it takes the field's name. */
  public static String convertingColumn(String fieldName) {
    return checkIdentifier("zt_" + checkApiName(fieldName));
  }

  /** Unique constraint of a field. */
  public static String uniqueConstraint(String entityId, String fieldId) {
    return hashed("uq", entityId, fieldId);
  }

  /** Foreign key of a lookup. */
  public static String foreignKey(String entityId, String fieldId) {
    return hashed("fk", entityId, fieldId);
  }

  /** Index of a field (sort order and equality). */
  public static String index(String entityId, String fieldId) {
    return hashed("ix", entityId, fieldId);
  }

  /** Prefix-search index of a text field (PostgreSQL). */
  public static String prefixIndex(String entityId, String fieldId) {
    return hashed("ip", entityId, fieldId);
  }

  /** Primary key constraint of an entity table. */
  public static String primaryKey(String entityId) {
    return hashed("pk", entityId, "");
  }

  /** Index on the owner column of an entity table. */
  public static String ownerIndex(String entityId) {
    return hashed("io", entityId, "");
  }

  /** The sequence of an autonumber field. */
  public static String autonumberSequence(String entityId, String fieldId) {
    return hashed("an", entityId, fieldId);
  }

  /** Throws unless {@code name} is an API name ({@code ^[a-z][a-z0-9_]{0,39}$}). */
  public static String checkApiName(String name) {
    if (name == null || !API_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Not an API name (^[a-z][a-z0-9_]{0,39}$): " + sanitized(name));
    }
    return name;
  }

  /** Throws unless {@code name} is a safe SQL identifier. */
  public static String checkIdentifier(String name) {
    if (name == null || !IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a safe SQL identifier: " + sanitized(name));
    }
    return name;
  }

  private static String hashed(String prefix, String entityId, String fieldId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((entityId + "\u0000" + fieldId).getBytes(StandardCharsets.UTF_8));
      return prefix + "_" + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sanitized(String name) {
    return name == null ? "null" : name.replaceAll("[^A-Za-z0-9_]", "?");
  }
}
