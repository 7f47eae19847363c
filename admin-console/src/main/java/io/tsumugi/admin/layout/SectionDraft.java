package io.tsumugi.admin.layout;

import io.tsumugi.metadata.model.LayoutSection;
import io.tsumugi.metadata.model.LocalizedText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A section being edited: its ja/en heading, 1 or 2 columns and the fields placed in it. */
public class SectionDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String labelJa;
  private String labelEn;
  private int columns;
  private boolean collapsed;
  private final List<String> fields;

  SectionDraft(
      String labelJa, String labelEn, int columns, boolean collapsed, List<String> fields) {
    this.labelJa = labelJa;
    this.labelEn = labelEn;
    this.columns = columns;
    this.collapsed = collapsed;
    this.fields = new ArrayList<>(fields);
  }

  static SectionDraft of(LayoutSection s) {
    return new SectionDraft(
        s.label() == null ? null : s.label().ja(),
        s.label() == null ? null : s.label().en(),
        s.columns(),
        s.collapsed(),
        s.fields());
  }

  /** The metadata section; an English heading left blank takes the Japanese one. */
  LayoutSection toSection() {
    String ja = blankToNull(labelJa);
    String en = blankToNull(labelEn);
    return new LayoutSection(
        LocalizedText.of(ja == null ? en : ja, en == null ? ja : en), columns, collapsed, fields);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The fields in order (mutable: the draft moves them). */
  List<String> fields() {
    return fields;
  }

  public List<String> getFields() {
    return List.copyOf(fields);
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

  public int getColumns() {
    return columns;
  }

  public void setColumns(int columns) {
    this.columns = columns;
  }

  public boolean isCollapsed() {
    return collapsed;
  }

  public void setCollapsed(boolean collapsed) {
    this.collapsed = collapsed;
  }
}
