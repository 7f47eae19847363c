package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.web.access.CallerFields;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.ScreenCaller;
import io.tsumugi.web.session.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * What every record screen needs to show an entity to the person viewing it: its view models in
 * their language, and values formatted in their language and time zone.
 */
@RequestScoped
public class ViewerFormats {

  @Inject private Engine engine;
  @Inject private ViewerLanguage language;
  @Inject private Messages messages;
  @Inject private UserSession session;
  @Inject private ScreenCaller caller;

  private final Map<String, EntityViews> views = new HashMap<>();

  /**
   * The screens' view of {@code entity} in the active metadata, as the viewer may see it: without
   * the fields hidden from them, with those they may only read made read-only. Read once per
   * request and entity.
   */
  public EntityViews views(String entity) {
    return views.computeIfAbsent(
        entity,
        name ->
            new EntityViews(
                engine.active().current().pkg(),
                CallerFields.restrict(
                    engine.active().entity(name),
                    engine.access().restrictedFields(caller.get(), name)),
                language.isJapanese()));
  }

  /** The time zone the viewer's dates are in. */
  public String timeZone() {
    return session.getTimeZone();
  }

  /** Formats stored values for reading (yen, dates in the viewer's zone, picklist labels). */
  public ValueDisplay display() {
    return new ValueDisplay(
        ZoneId.of(session.getTimeZone()), messages.get("value.yes"), messages.get("value.no"));
  }
}
