package io.tsumugi.web.nav;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.web.metadata.ViewerLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The entities of the active metadata, as the navigation shows them. Read on every request, so an
 * entity applied a moment ago appears without a redeploy.
 */
@Named
@RequestScoped
public class NavigationView {

  @Inject private Engine engine;
  @Inject private ViewerLanguage language;
  @Inject private io.tsumugi.web.session.ScreenCaller caller;

  private List<EntityLink> entities;

  public List<EntityLink> getEntities() {
    if (entities == null) {
      // Entities the user may not read at all are not offered (their pages would refuse them).
      java.util.Set<String> readable = engine.access().readableEntities(caller.get());
      entities =
          engine.active().current().pkg().entities().stream()
              .filter(entity -> !isChildOnly(entity) && readable.contains(entity.name()))
              .map(this::link)
              .toList();
    }
    return entities;
  }

  private EntityLink link(EntityDef entity) {
    String icon = entity.icon() == null ? "pi pi-table" : "pi pi-" + entity.icon();
    return new EntityLink(entity.name(), language.text(entity.pluralLabel()), icon);
  }

  /**
   * Line items and similar records live inside their parent (master-detail): they are reached from
   * the parent's page, not from the navigation.
   */
  private static boolean isChildOnly(EntityDef entity) {
    return entity.fields().stream()
        .anyMatch(
            field ->
                field.isLookup()
                    && field.options().effectiveOnDelete()
                        == io.tsumugi.metadata.model.OnDelete.CASCADE);
  }
}
