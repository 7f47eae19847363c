package io.tsumugi.web.metadata;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.metadata.model.EntityDef;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The {@code entity} parameter of a record screen. An entity that the active metadata does not have
 * (a typo, an old bookmark, a removed entity) answers 404 with the error page instead of failing
 * inside the page.
 */
public final class EntityParameter {

  private EntityParameter() {}

  /** The entity, or empty after a 404 has been sent (the page is then not rendered). */
  public static Optional<EntityDef> resolveOrNotFound(Engine engine, String entity) {
    Optional<EntityDef> def =
        entity == null ? Optional.empty() : engine.active().current().pkg().entity(entity);
    if (def.isEmpty()) {
      notFound();
    }
    return def;
  }

  /** Sends 404 and skips rendering this view. */
  public static void notFound() {
    FacesContext context = FacesContext.getCurrentInstance();
    try {
      context.getExternalContext().responseSendError(404, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
