package io.tsumugi.admin.layout;

import io.tsumugi.metadata.model.LocalizedText;
import io.tsumugi.metadata.model.RelatedList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A related list being edited: the child entity, its lookup pointing here, heading and columns. */
public class RelatedDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String field;
  private String labelJa;
  private String labelEn;
  private List<String> columns;

  RelatedDraft(String entity, String field, String labelJa, String labelEn, List<String> columns) {
    this.entity = entity;
    this.field = field;
    this.labelJa = labelJa;
    this.labelEn = labelEn;
    this.columns = new ArrayList<>(columns);
  }

  static RelatedDraft of(RelatedList r) {
    return new RelatedDraft(
        r.entity(),
        r.field(),
        r.label() == null ? null : r.label().ja(),
        r.label() == null ? null : r.label().en(),
        r.columns());
  }

  /** The metadata related list; without a heading the page shows the child's plural label. */
  RelatedList toRelatedList() {
    String ja = blankToNull(labelJa);
    String en = blankToNull(labelEn);
    LocalizedText label =
        ja == null && en == null
            ? null
            : LocalizedText.of(ja == null ? en : ja, en == null ? ja : en);
    return new RelatedList(entity, field, label, columns);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** The choice key of the child's lookup, {@code entity.field}. */
  public String getKey() {
    return entity + "." + field;
  }

  public String getEntity() {
    return entity;
  }

  public String getField() {
    return field;
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

  public List<String> getColumns() {
    return columns;
  }

  public void setColumns(List<String> columns) {
    this.columns = columns == null ? new ArrayList<>() : new ArrayList<>(columns);
  }
}
