package io.tsumugi.web.search;

import java.util.List;

/** The hits of one entity: its label and the matching records' ids and names. */
public class SearchGroup {

  private final String entity;
  private final String label;
  private final List<Hit> hits;

  /** One matching record. */
  public static class Hit {
    private final long id;
    private final String name;

    public Hit(long id, String name) {
      this.id = id;
      this.name = name;
    }

    public long getId() {
      return id;
    }

    public String getName() {
      return name;
    }
  }

  public SearchGroup(String entity, String label, List<Hit> hits) {
    this.entity = entity;
    this.label = label;
    this.hits = List.copyOf(hits);
  }

  public String getEntity() {
    return entity;
  }

  public String getLabel() {
    return label;
  }

  public List<Hit> getHits() {
    return hits;
  }
}
