package io.tsumugi.admin.listview;

import java.io.Serializable;

/**
 * One filter being edited: the field, the operator's JSON name and the value as typed (a list for
 * {@code in}/{@code not_in} is typed with commas).
 */
public class FilterRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String field;
  private String operator = "eq";
  private String value;

  public FilterRow(String field, String operator, String value) {
    this.field = field;
    this.operator = operator;
    this.value = value;
  }

  public String getField() {
    return field;
  }

  public void setField(String field) {
    this.field = field;
  }

  public String getOperator() {
    return operator;
  }

  public void setOperator(String operator) {
    this.operator = operator;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /** True when the operator takes no value ({@code is_null}, {@code is_not_null}). */
  public boolean isNoValue() {
    return operator != null && operator.startsWith("is_");
  }
}
