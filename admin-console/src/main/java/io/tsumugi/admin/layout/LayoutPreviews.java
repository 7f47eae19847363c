package io.tsumugi.admin.layout;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout an administrator is editing, per entity, as the package JSON the end-user preview page
 * renders. Held in the session because the preview is a page of its own (in a frame): the end-user
 * templates build their inputs when the view is built, so only a fresh page shows a changed layout.
 */
@SessionScoped
public class LayoutPreviews implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> packages = new ConcurrentHashMap<>();

  /** Remembers the package to preview for {@code entity}. */
  public void put(String entity, String packageJson) {
    packages.put(entity, packageJson);
  }

  /** The package to preview for {@code entity}, if the editor put one. */
  public Optional<String> get(String entity) {
    return Optional.ofNullable(packages.get(entity));
  }
}
