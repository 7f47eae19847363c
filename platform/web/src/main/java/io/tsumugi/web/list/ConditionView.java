package io.tsumugi.web.list;

import java.io.Serializable;

/** An ad hoc condition as its chip shows it: 「会社名 を含む 商事」. */
public class ConditionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final int index;
  private final String text;

  public ConditionView(int index, String text) {
    this.index = index;
    this.text = text;
  }

  /** Its position, for the remove button. */
  public int getIndex() {
    return index;
  }

  public String getText() {
    return text;
  }
}
