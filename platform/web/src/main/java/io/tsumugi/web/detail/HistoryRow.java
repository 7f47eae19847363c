package io.tsumugi.web.detail;

import java.io.Serializable;

/** One change of a tracked field on the detail page, as displayed. */
public class HistoryRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String oldText;
  private final String newText;
  private final String who;
  private final String when;

  public HistoryRow(String field, String oldText, String newText, String who, String when) {
    this.field = field;
    this.oldText = oldText;
    this.newText = newText;
    this.who = who;
    this.when = when;
  }

  /** The field's label. */
  public String getField() {
    return field;
  }

  public String getOldText() {
    return oldText;
  }

  public String getNewText() {
    return newText;
  }

  public String getWho() {
    return who;
  }

  public String getWhen() {
    return when;
  }
}
