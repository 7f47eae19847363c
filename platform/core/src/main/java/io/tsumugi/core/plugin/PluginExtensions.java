package io.tsumugi.core.plugin;

import io.tsumugi.api.extension.DetailPanel;
import io.tsumugi.api.extension.FieldNormalizer;
import io.tsumugi.api.extension.FieldRef;
import io.tsumugi.api.extension.RecordAction;
import io.tsumugi.api.extension.RecordListener;
import io.tsumugi.api.extension.RecordValidator;
import io.tsumugi.api.record.FieldError;
import io.tsumugi.api.record.MutableRecord;
import io.tsumugi.api.record.RecordView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The record service's hook into plugins: normalisers, validators, listeners, actions and panels of
 * the running plugins. An exception from an extension becomes a {@link PluginExtensionException}
 * naming the plugin, logged with its id; it fails the one operation that called it.
 */
public final class PluginExtensions {

  private static final Logger LOG = Logger.getLogger(PluginExtensions.class.getName());

  private final PluginManager manager;

  PluginExtensions(PluginManager manager) {
    this.manager = manager;
  }

  /** {@code value} after every normaliser that applies to {@code field}. */
  public Object normalize(FieldRef field, Object value) {
    Object result = value;
    for (Owned<FieldNormalizer> n : all(FieldNormalizer.class)) {
      if (result == null) {
        break;
      }
      Object current = result;
      result =
          call(
              n,
              "FieldNormalizer",
              () ->
                  n.extension().appliesTo(field)
                      ? n.extension().normalize(field, current)
                      : current);
    }
    return result;
  }

  /** The problems every applicable validator finds in {@code record}. */
  public List<FieldError> validate(RecordView record) {
    List<FieldError> errors = new ArrayList<>();
    for (Owned<RecordValidator> v : all(RecordValidator.class)) {
      errors.addAll(
          call(
              v,
              "RecordValidator",
              () ->
                  v.extension().appliesTo(record.entity())
                      ? v.extension().validate(record)
                      : List.<FieldError>of()));
    }
    return errors;
  }

  /** Calls {@link RecordListener#beforeSave} of every applicable listener. */
  public void beforeSave(MutableRecord record) {
    fire(record.entity(), "beforeSave", l -> l.beforeSave(record));
  }

  /** Calls {@link RecordListener#afterSave} of every applicable listener. */
  public void afterSave(RecordView record) {
    fire(record.entity(), "afterSave", l -> l.afterSave(record));
  }

  /** Calls {@link RecordListener#beforeDelete} of every applicable listener. */
  public void beforeDelete(RecordView record) {
    fire(record.entity(), "beforeDelete", l -> l.beforeDelete(record));
  }

  /** Calls {@link RecordListener#afterDelete} of every applicable listener. */
  public void afterDelete(RecordView record) {
    fire(record.entity(), "afterDelete", l -> l.afterDelete(record));
  }

  /** The actions offered on records of {@code entity}, with their plugin. */
  public List<Owned<RecordAction>> actions(String entity) {
    return all(RecordAction.class).stream()
        .filter(a -> call(a, "RecordAction", () -> a.extension().appliesTo(entity)))
        .toList();
  }

  /** The panels shown on records of {@code entity}, with their plugin. */
  public List<Owned<DetailPanel>> panels(String entity) {
    return all(DetailPanel.class).stream()
        .filter(p -> call(p, "DetailPanel", () -> p.extension().appliesTo(entity)))
        .toList();
  }

  /** Runs {@code work} on an extension; an exception becomes a {@link PluginExtensionException}. */
  public <E, R> R call(Owned<E> owned, String what, java.util.function.Supplier<R> work) {
    try {
      return work.get();
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Plugin " + owned.pluginId() + " failed in " + what + " (" + owned.extension() + ")",
          e);
      throw new PluginExtensionException(owned.pluginId(), what, e);
    }
  }

  private void fire(String entity, String method, Consumer<RecordListener> event) {
    for (Owned<RecordListener> l : all(RecordListener.class)) {
      call(
          l,
          "RecordListener." + method,
          () -> {
            if (l.extension().appliesTo(entity)) {
              event.accept(l.extension());
            }
            return null;
          });
    }
  }

  private <E> List<Owned<E>> all(Class<E> type) {
    List<Owned<E>> result = new ArrayList<>();
    for (PluginWrapper plugin : List.copyOf(manager.getStartedPlugins())) {
      String id = plugin.getPluginId();
      List<E> found;
      try {
        found = manager.getExtensions(type, id);
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.WARNING, "Plugin " + id + " failed creating its " + type.getSimpleName(), e);
        throw new PluginExtensionException(id, type.getSimpleName(), e);
      }
      found.forEach(e -> result.add(new Owned<>(id, e)));
    }
    return result;
  }

  /**
   * An extension and the plugin it belongs to.
   *
   * @param pluginId the plugin's id
   * @param extension the extension instance
   * @param <E> the extension point
   */
  public record Owned<E>(String pluginId, E extension) {}
}
