package io.tsumugi.api.extension;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.record.RecordView;
import org.pf4j.ExtensionPoint;

/**
 * A panel on the detail page of an entity's records, e.g. the properties that match a lead's
 * conditions. Rendered when the page is shown, with the viewer's rights; an exception shows an
 * error in the panel only, logged with the plugin id.
 */
public interface DetailPanel extends ExtensionPoint {

  /** A stable id, unique within the plugin. */
  String id();

  /** The panel's label in the page's tabs or headings. */
  LocalizedMessage label();

  /** Whether the panel is shown on records of {@code entity}. */
  boolean appliesTo(String entity);

  /** The content for {@code record}. */
  PanelContent render(RecordView record);
}
