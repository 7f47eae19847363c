package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.extension.RecordListener;
import io.tsumugi.api.record.RecordView;

/** Test extension: refuses every delete by throwing. */
public class ThrowingDeleteListener implements RecordListener {

  @Override
  public boolean appliesTo(String entity) {
    return true;
  }

  @Override
  public void beforeDelete(RecordView record) {
    throw new IllegalStateException("delete listener broke on purpose");
  }
}
