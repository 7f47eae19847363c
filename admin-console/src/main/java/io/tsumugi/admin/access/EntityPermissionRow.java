package io.tsumugi.admin.access;

import io.tsumugi.metadata.model.EntityPermission;
import java.io.Serializable;

/**
 * One row of the permission set editor: an entity (or {@code "*"}, every entity not listed) and the
 * eight operations as check boxes.
 */
public class EntityPermissionRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String label;
  private boolean create;
  private boolean read;
  private boolean update;
  private boolean delete;
  private boolean importRecords;
  private boolean export;
  private boolean viewAll;
  private boolean modifyAll;

  EntityPermissionRow(String entity, String label, EntityPermission p) {
    this.entity = entity;
    this.label = label;
    create = p.create();
    read = p.read();
    update = p.update();
    delete = p.delete();
    importRecords = p.importRecords();
    export = p.export();
    viewAll = p.viewAll();
    modifyAll = p.modifyAll();
  }

  /**
   * The permission as ticked. Reading is implied by every other operation: a set that lets a user
   * change records it does not let them read would be refused by the record service anyway.
   */
  EntityPermission toPermission() {
    boolean anything =
        create || update || delete || importRecords || export || viewAll || modifyAll;
    return new EntityPermission(
        create, read || anything, update, delete, importRecords, export, viewAll, modifyAll);
  }

  public String getEntity() {
    return entity;
  }

  public String getLabel() {
    return label;
  }

  public boolean isCreate() {
    return create;
  }

  public void setCreate(boolean create) {
    this.create = create;
  }

  public boolean isRead() {
    return read;
  }

  public void setRead(boolean read) {
    this.read = read;
  }

  public boolean isUpdate() {
    return update;
  }

  public void setUpdate(boolean update) {
    this.update = update;
  }

  public boolean isDelete() {
    return delete;
  }

  public void setDelete(boolean delete) {
    this.delete = delete;
  }

  public boolean isImportRecords() {
    return importRecords;
  }

  public void setImportRecords(boolean importRecords) {
    this.importRecords = importRecords;
  }

  public boolean isExport() {
    return export;
  }

  public void setExport(boolean export) {
    this.export = export;
  }

  public boolean isViewAll() {
    return viewAll;
  }

  public void setViewAll(boolean viewAll) {
    this.viewAll = viewAll;
  }

  public boolean isModifyAll() {
    return modifyAll;
  }

  public void setModifyAll(boolean modifyAll) {
    this.modifyAll = modifyAll;
  }
}
