package io.tsumugi.web.metadata;

import java.io.Serializable;

/** One picklist value as screens show it: stored value, label in the viewer's language, colour. */
public class OptionView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String value;
  private final String label;
  private final String color;

  public OptionView(String value, String label, String color) {
    this.value = value;
    this.label = label;
    this.color = color;
  }

  public String getValue() {
    return value;
  }

  public String getLabel() {
    return label;
  }

  /** A CSS colour such as {@code #4caf50}, or null. */
  public String getColor() {
    return color;
  }
}
