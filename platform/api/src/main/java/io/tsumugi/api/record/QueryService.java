package io.tsumugi.api.record;

import java.util.List;
import java.util.Optional;

/** Reads records with the visibility of the current user. */
public interface QueryService {

  /** The record of {@code entity} with {@code id}, if it exists and the user may see it. */
  Optional<RecordView> find(String entity, String id);

  /** The records matching {@code query} that the user may see. */
  List<RecordView> list(RecordQuery query);
}
