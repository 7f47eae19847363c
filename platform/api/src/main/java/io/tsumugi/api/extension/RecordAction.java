package io.tsumugi.api.extension;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.record.RecordView;
import org.pf4j.ExtensionPoint;

/**
 * An action on one record: a button on the record's page, and later a step automation can call. It
 * runs with the rights of the user who pressed it, inside one transaction.
 */
public interface RecordAction extends ExtensionPoint {

  /** A stable id, unique within the plugin, e.g. {@code send_inspection_notice}. */
  String id();

  /** The button's label. */
  LocalizedMessage label();

  /** Whether the action is offered on records of {@code entity}. */
  boolean appliesTo(String entity);

  /** Runs the action on {@code record}. */
  ActionResult run(RecordView record);
}
