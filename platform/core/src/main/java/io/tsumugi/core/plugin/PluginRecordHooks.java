package io.tsumugi.core.plugin;

import io.tsumugi.api.extension.FieldRef;
import io.tsumugi.api.record.SimpleRecord;
import io.tsumugi.core.records.CallerContext;
import io.tsumugi.core.records.FieldError;
import io.tsumugi.core.records.Record;
import io.tsumugi.core.records.RecordHooks;
import io.tsumugi.core.records.RecordValidationException;
import io.tsumugi.metadata.model.EntityDef;
import io.tsumugi.metadata.model.FieldDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The record service's hooks backed by the running plugins' extensions. Each call runs as the
 * caller ({@link CallerScope}); a plugin's exception (already logged with its id by {@link
 * PluginExtensions}) fails the write as a {@link RecordValidationException} whose one error, code
 * {@code plugin.failed}, names the plugin in ja and en, so screens and REST show it like any
 * refusal.
 */
public final class PluginRecordHooks implements RecordHooks {

  private final PluginHost host;

  /** Hooks calling the plugins {@code host} runs. */
  public PluginRecordHooks(PluginHost host) {
    this.host = host;
  }

  @Override
  public boolean isEmpty() {
    return !host.anyRunning();
  }

  @Override
  public Object normalize(EntityDef entity, FieldDef field, Object value) {
    if (field.isLookup()) {
      return value; // ids are not for plugins to rewrite
    }
    FieldRef ref = new FieldRef(entity.name(), field.name(), field.type().jsonName());
    return guarded(() -> host.extensions().normalize(ref, value));
  }

  @Override
  public void beforeSave(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {
    SimpleRecord view = PluginRecordView.of(entity, id, values);
    Map<String, Object> given = Map.copyOf(view.values());
    run(caller, () -> host.extensions().beforeSave(view));
    for (FieldDef f : entity.fields()) {
      Object now = view.values().get(f.name());
      if (!Objects.equals(now, given.get(f.name()))) {
        values.put(f.name(), now); // normalised by the record service like user input
      }
    }
  }

  @Override
  public List<FieldError> validate(
      CallerContext caller, EntityDef entity, Long id, Map<String, Object> values) {
    SimpleRecord view = PluginRecordView.of(entity, id, values);
    List<io.tsumugi.api.record.FieldError> found =
        CallerScope.as(caller, () -> guarded(() -> host.extensions().validate(view)));
    List<FieldError> errors = new ArrayList<>(found.size());
    for (io.tsumugi.api.record.FieldError f : found) {
      errors.add(new FieldError(f.field(), f.code(), f.message().ja(), f.message().en()));
    }
    return errors;
  }

  @Override
  public void afterSave(CallerContext caller, EntityDef e, Record saved) {
    run(caller, () -> host.extensions().afterSave(PluginRecordView.of(e, saved)));
  }

  @Override
  public void beforeDelete(CallerContext caller, EntityDef e, Record record) {
    run(caller, () -> host.extensions().beforeDelete(PluginRecordView.of(e, record)));
  }

  @Override
  public void afterDelete(CallerContext caller, EntityDef e, Record record) {
    run(caller, () -> host.extensions().afterDelete(PluginRecordView.of(e, record)));
  }

  private static void run(CallerContext caller, Runnable work) {
    CallerScope.as(
        caller,
        () ->
            guarded(
                () -> {
                  work.run();
                  return null;
                }));
  }

  private static <R> R guarded(Supplier<R> work) {
    try {
      return work.get();
    } catch (PluginExtensionException e) {
      throw new RecordValidationException(
          List.of(new FieldError(null, "plugin.failed", e.localized().ja(), e.localized().en())));
    }
  }
}
