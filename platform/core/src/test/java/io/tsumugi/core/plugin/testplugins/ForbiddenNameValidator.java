package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.extension.RecordValidator;
import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.RecordView;
import java.util.List;

/** Test extension: refuses things named {@code forbidden}, in ja and en. */
public class ForbiddenNameValidator implements RecordValidator {

  @Override
  public boolean appliesTo(String entity) {
    return entity.equals("demo_thing");
  }

  @Override
  public List<FieldError> validate(RecordView record) {
    if ("forbidden".equals(record.values().get("name"))) {
      return List.of(
          new FieldError(
              "name",
              "demo.forbidden",
              new LocalizedMessage("この名前は使えません。", "This name is not allowed.")));
    }
    return List.of();
  }
}
