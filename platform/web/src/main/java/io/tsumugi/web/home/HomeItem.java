package io.tsumugi.web.home;

import java.io.Serializable;

/** A record listed on the home page: a link with a second line and an optional warning. */
public class HomeItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final long id;
  private final String title;
  private final String detail;
  private final boolean overdue;

  public HomeItem(String entity, long id, String title, String detail, boolean overdue) {
    this.entity = entity;
    this.id = id;
    this.title = title;
    this.detail = detail;
    this.overdue = overdue;
  }

  public String getEntity() {
    return entity;
  }

  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  /** The entity's label for a recent record, the due date for a task. */
  public String getDetail() {
    return detail;
  }

  /** A task past its due date. */
  public boolean isOverdue() {
    return overdue;
  }
}
