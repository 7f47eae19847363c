package io.tsumugi.web.detail;

import java.io.Serializable;

/** One activity on a record's timeline, as displayed. */
public class TimelineItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String subject;
  private final String type;
  private final String when;
  private final String notes;

  public TimelineItem(long id, String subject, String type, String when, String notes) {
    this.id = id;
    this.subject = subject;
    this.type = type;
    this.when = when;
    this.notes = notes;
  }

  public long getId() {
    return id;
  }

  public String getSubject() {
    return subject;
  }

  /** The activity type's label (通話, 訪問, ...), or empty. */
  public String getType() {
    return type;
  }

  public String getWhen() {
    return when;
  }

  /** The first line of the notes, shortened. */
  public String getNotes() {
    return notes;
  }
}
