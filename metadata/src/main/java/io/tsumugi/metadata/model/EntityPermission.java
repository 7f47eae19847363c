package io.tsumugi.metadata.model;

/**
 * What a permission set allows on one entity's records.
 *
 * @param create create records
 * @param read read the records visibility lets the holder see
 * @param update change them (where visibility allows writing)
 * @param delete delete them (where visibility allows writing)
 * @param importRecords import records
 * @param export export lists
 * @param viewAll read every record, whatever visibility says
 * @param modifyAll change and delete every record, whatever visibility says
 */
public record EntityPermission(
    boolean create,
    boolean read,
    boolean update,
    boolean delete,
    boolean importRecords,
    boolean export,
    boolean viewAll,
    boolean modifyAll) {

  /** Nothing allowed. */
  public static final EntityPermission NONE =
      new EntityPermission(false, false, false, false, false, false, false, false);

  /** Everything allowed (administrators, and packages that declare no permission sets). */
  public static final EntityPermission ALL =
      new EntityPermission(true, true, true, true, true, true, true, true);

  /** What either allows (permission sets only ever add access). */
  public EntityPermission or(EntityPermission o) {
    return new EntityPermission(
        create || o.create,
        read || o.read,
        update || o.update,
        delete || o.delete,
        importRecords || o.importRecords,
        export || o.export,
        viewAll || o.viewAll,
        modifyAll || o.modifyAll);
  }
}
