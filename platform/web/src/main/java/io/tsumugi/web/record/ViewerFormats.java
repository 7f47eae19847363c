package io.tsumugi.web.record;

import io.tsumugi.core.engine.Engine;
import io.tsumugi.web.metadata.EntityViews;
import io.tsumugi.web.metadata.ViewerLanguage;
import io.tsumugi.web.session.Messages;
import io.tsumugi.web.session.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;

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

  /** The screens' view of {@code entity} in the active metadata. */
  public EntityViews views(String entity) {
    return new EntityViews(
        engine.active().current().pkg(), engine.active().entity(entity), language.isJapanese());
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
