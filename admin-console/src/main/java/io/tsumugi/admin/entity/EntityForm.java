package io.tsumugi.admin.entity;

import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.LocalizedText;
import java.io.Serializable;

/** The inputs of the entity page. */
public class EntityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String apiName;
  private String labelJa;
  private String labelEn;
  private String pluralJa;
  private String pluralEn;
  private String icon;
  private String nameField;
  private String nameFieldLabelJa = "名前";
  private String nameFieldLabelEn = "Name";

  void fill(EntityDef e) {
    apiName = e.name();
    labelJa = e.label().ja();
    labelEn = e.label().en();
    pluralJa = e.pluralLabel().ja();
    pluralEn = e.pluralLabel().en();
    icon = e.icon();
    nameField = e.nameField();
  }

  /** {@code e} with the labels, icon and name field of this form (the API name stays). */
  EntityDef applyTo(EntityDef e) {
    return new EntityDef(
        e.id(),
        e.name(),
        LocalizedText.of(labelJa, labelEn),
        LocalizedText.of(pluralJa, pluralEn),
        e.description(),
        icon == null || icon.isBlank() ? null : icon.trim(),
        nameField == null ? e.nameField() : nameField,
        e.pipelineField(),
        e.owned(),
        e.fields(),
        e.rules(),
        e.layouts(),
        e.listViews());
  }

  public String getApiName() {
    return apiName;
  }

  public void setApiName(String apiName) {
    this.apiName = apiName == null ? null : apiName.trim();
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

  public String getPluralJa() {
    return pluralJa;
  }

  public void setPluralJa(String pluralJa) {
    this.pluralJa = pluralJa;
  }

  public String getPluralEn() {
    return pluralEn;
  }

  public void setPluralEn(String pluralEn) {
    this.pluralEn = pluralEn;
  }

  public String getIcon() {
    return icon;
  }

  public void setIcon(String icon) {
    this.icon = icon;
  }

  public String getNameField() {
    return nameField;
  }

  public void setNameField(String nameField) {
    this.nameField = nameField;
  }

  public String getNameFieldLabelJa() {
    return nameFieldLabelJa;
  }

  public void setNameFieldLabelJa(String nameFieldLabelJa) {
    this.nameFieldLabelJa = nameFieldLabelJa;
  }

  public String getNameFieldLabelEn() {
    return nameFieldLabelEn;
  }

  public void setNameFieldLabelEn(String nameFieldLabelEn) {
    this.nameFieldLabelEn = nameFieldLabelEn;
  }
}
