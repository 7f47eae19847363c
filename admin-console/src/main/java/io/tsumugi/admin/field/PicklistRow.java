package io.tsumugi.admin.field;

import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.PicklistValue;
import java.io.Serializable;

/** One picklist value as edited: stored value, labels, colour, active. */
public class PicklistRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String value;
  private String labelJa;
  private String labelEn;
  private String color;
  private boolean active = true;

  /** An empty, active row. */
  public PicklistRow() {}

  PicklistRow(PicklistValue v) {
    value = v.value();
    labelJa = v.label() == null ? null : v.label().ja();
    labelEn = v.label() == null ? null : v.label().en();
    color = v.color();
    active = v.active();
  }

  /** The value; the stored value defaults to the Japanese label when left empty. */
  PicklistValue toValue() {
    String stored = blank(value) ? labelJa : value;
    String en = blank(labelEn) ? labelJa : labelEn;
    return new PicklistValue(
        stored == null ? null : stored.trim(),
        LocalizedText.of(labelJa, en),
        null,
        blank(color) ? null : color.trim(),
        active);
  }

  boolean isEmpty() {
    return blank(value) && blank(labelJa) && blank(labelEn);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getLabelJa() {
    return labelJa;
  }

  public void setLabelJa(String labelJa) {
    this.labelJa = labelJa;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getColor() {
    return color;
  }

  public void setColor(String color) {
    this.color = color;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
