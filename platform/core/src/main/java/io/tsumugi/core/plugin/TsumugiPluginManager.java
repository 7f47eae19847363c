package io.tsumugi.core.plugin;

import io.tsumugi.api.ApiVersion;
import io.tsumugi.api.PluginContext;
import io.tsumugi.api.TsumugiPlugin;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRepository;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginStatusProvider;
import org.pf4j.PluginWrapper;

/**
 * PF4J configured for Tsumugi: an absolute plugins folder, the API version as system version, no
 * folder scanning or status files of its own (the {@link PluginHost} decides which files to load,
 * from the database), and factories that hand each plugin and extension its {@link PluginContext}.
 */
final class TsumugiPluginManager extends DefaultPluginManager {

  private final PluginServices services;
  // Extensions are created once per plugin load (PF4J's default creates one per lookup).
  private final Map<Class<?>, Object> extensions = new ConcurrentHashMap<>();
  private final Map<String, PluginContext> contexts = new ConcurrentHashMap<>();

  TsumugiPluginManager(Path pluginsDir, PluginServices services) {
    super(List.of(pluginsDir.toAbsolutePath()));
    this.services = services;
    setSystemVersion(ApiVersion.CURRENT);
  }

  @Override
  protected PluginRepository createPluginRepository() {
    // The host loads each vetted file itself with loadPlugin(path); PF4J never scans the folder.
    return new PluginRepository() {
      @Override
      public List<Path> getPluginPaths() {
        return List.of();
      }

      @Override
      public boolean deletePluginPath(Path pluginPath) {
        return false;
      }
    };
  }

  @Override
  protected PluginStatusProvider createPluginStatusProvider() {
    // Enabled or disabled is kept in the database; a loaded plugin is an enabled one.
    return new PluginStatusProvider() {
      @Override
      public boolean isPluginDisabled(String pluginId) {
        return false;
      }

      @Override
      public void disablePlugin(String pluginId) {}

      @Override
      public void enablePlugin(String pluginId) {}
    };
  }

  @Override
  protected PluginFactory createPluginFactory() {
    return this::createPlugin;
  }

  @Override
  protected ExtensionFactory createExtensionFactory() {
    return new ExtensionFactory() {
      @Override
      public <T> T create(Class<T> extensionClass) {
        return extensionClass.cast(
            extensions.computeIfAbsent(extensionClass, TsumugiPluginManager.this::newExtension));
      }
    };
  }

  /** The context of a loaded plugin (created on first use). */
  PluginContext contextOf(String pluginId) {
    PluginWrapper wrapper = getPlugin(pluginId);
    if (wrapper == null) {
      throw new IllegalArgumentException("Plugin not loaded: " + pluginId);
    }
    PluginDescriptor descriptor = wrapper.getDescriptor();
    return contexts.computeIfAbsent(
        pluginId,
        id ->
            new HostPluginContext(
                id, descriptor.getVersion(), wrapper.getPluginClassLoader(), services));
  }

  /** Forgets the plugin's context and extension instances once it is unloaded. */
  void forget(String pluginId, ClassLoader pluginClassLoader) {
    contexts.remove(pluginId);
    extensions.keySet().removeIf(type -> type.getClassLoader() == pluginClassLoader);
  }

  private Plugin createPlugin(PluginWrapper wrapper) {
    String className = wrapper.getDescriptor().getPluginClass();
    if (className == null || className.isBlank() || Plugin.class.getName().equals(className)) {
      return new Plugin(); // extensions only
    }
    try {
      Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
      if (TsumugiPlugin.class.isAssignableFrom(type)) {
        Constructor<?> constructor = type.getConstructor(PluginContext.class);
        return (Plugin) constructor.newInstance(contextOf(wrapper.getPluginId()));
      }
      if (Plugin.class.isAssignableFrom(type)) {
        return (Plugin) type.getConstructor().newInstance();
      }
      throw new PluginRuntimeException(
          "Plugin-Class {} extends neither TsumugiPlugin nor org.pf4j.Plugin", className);
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(
          unwrap(e), "Cannot create Plugin-Class {}: {}", className, unwrap(e).toString());
    }
  }

  private Object newExtension(Class<?> type) {
    try {
      for (Constructor<?> constructor : type.getConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == PluginContext.class) {
          PluginWrapper owner = whichPlugin(type);
          return constructor.newInstance(contextOf(owner.getPluginId()));
        }
      }
      return type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new PluginRuntimeException(
          unwrap(e), "Cannot create extension {}: {}", type.getName(), unwrap(e).toString());
    }
  }

  private static Throwable unwrap(ReflectiveOperationException e) {
    return e instanceof InvocationTargetException ite && ite.getCause() != null
        ? ite.getCause()
        : e;
  }
}
