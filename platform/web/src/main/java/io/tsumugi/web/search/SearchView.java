package io.tsumugi.web.search;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.core.query.SearchHit;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.ScreenCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Backs {@code /search.xhtml?q=...}: hits grouped by entity, in navigation order. */
@Named("globalSearch")
@RequestScoped
public class SearchView {

  static final int HITS_PER_ENTITY = 10;

  @Inject private Engine engine;
  @Inject private ViewerLanguage language;
  @Inject private ScreenCaller caller;

  private String q;
  private List<SearchGroup> groups;

  public List<SearchGroup> getGroups() {
    if (groups == null) {
      groups = q == null || q.isBlank() ? List.of() : search(q.trim());
    }
    return groups;
  }

  private List<SearchGroup> search(String text) {
    Map<String, List<SearchGroup.Hit>> byEntity = new LinkedHashMap<>();
    for (SearchHit hit : engine.queries().searchAll(caller.get(), text, HITS_PER_ENTITY)) {
      byEntity
          .computeIfAbsent(hit.entity(), e -> new ArrayList<>())
          .add(new SearchGroup.Hit(hit.id(), hit.name()));
    }
    List<SearchGroup> result = new ArrayList<>();
    byEntity.forEach(
        (entity, hits) ->
            result.add(
                new SearchGroup(
                    entity, language.text(engine.active().entity(entity).pluralLabel()), hits)));
    return result;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
