package io.tsumugi.web.record;

import java.io.Serializable;

/** A field on a detail page: label, displayed text and, for lookups, where the link goes. */
public class DetailFieldView implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final String label;
  private final String text;
  private final String linkEntity;
  private final Long linkId;

  public DetailFieldView(String name, String label, String text, String linkEntity, Long linkId) {
    this.name = name;
    this.label = label;
    this.text = text;
    this.linkEntity = linkEntity;
    this.linkId = linkId;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public String getText() {
    return text;
  }

  public boolean isLink() {
    return linkEntity != null && linkId != null;
  }

  public String getLinkEntity() {
    return linkEntity;
  }

  public Long getLinkId() {
    return linkId;
  }
}
