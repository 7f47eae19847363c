package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.extension.RecordListener;
import io.tsumugi.api.record.MutableRecord;

/** Test extension: fails every save. */
public class ThrowingListener implements RecordListener {

  @Override
  public boolean appliesTo(String entity) {
    return true;
  }

  @Override
  public void beforeSave(MutableRecord record) {
    throw new IllegalStateException("listener broke on purpose");
  }
}
