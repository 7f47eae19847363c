package io.tsumugi.core.plugin.testplugins;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.extension.RecordValidator;
import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.RecordView;
import java.util.List;

/** Test extension: built with the plugin's context; reports every record, naming the plugin. */
public class ContextAwareValidator implements RecordValidator {

  private final PluginContext context;

  public ContextAwareValidator(PluginContext context) {
    this.context = context;
  }

  @Override
  public boolean appliesTo(String entity) {
    return true;
  }

  @Override
  public List<FieldError> validate(RecordView record) {
    String greeting = context.configuration().get("greeting", "none");
    return List.of(
        new FieldError(
            null,
            context.pluginId() + "." + greeting,
            LocalizedMessage.both(context.messages().get("hello", "x").ja())));
  }
}
