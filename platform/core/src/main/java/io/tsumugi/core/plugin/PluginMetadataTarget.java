package io.tsumugi.core.plugin;

import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.plan.Plan;
import java.util.List;
import java.util.Optional;

/**
 * Where a plugin's metadata goes: the platform's plan/apply of metadata versions. The host calls it
 * when a plugin is installed or upgraded (apply its package) and uninstalled (withdraw it).
 */
public interface PluginMetadataTarget {

  /**
   * The packages active now without {@code pluginId}'s own entities, to validate its package
   * against.
   */
  List<MetadataPackage> activePackages(String pluginId);

  /**
   * Plans and applies {@code pkg} (the plugin's namespace) over what is active: a new version of a
   * plugin's package goes through the same plan as any change; data is kept.
   */
  void apply(String pluginId, MetadataPackage pkg);

  /**
   * Takes the namespace's entities out of the active metadata. Without {@code purge} their tables
   * are archived (renamed, kept) rather than dropped.
   */
  void withdraw(String pluginId, String namespace, boolean purge);

  /**
   * The plan applying {@code pkg} would make now, without applying it; empty when this target
   * cannot plan (it keeps no metadata).
   */
  default Optional<Plan> plan(String pluginId, MetadataPackage pkg) {
    return Optional.empty();
  }

  /** A target that keeps nothing: for a host without the metadata engine (and for tests). */
  static PluginMetadataTarget none() {
    return new PluginMetadataTarget() {
      @Override
      public List<MetadataPackage> activePackages(String pluginId) {
        return List.of();
      }

      @Override
      public void apply(String pluginId, MetadataPackage pkg) {}

      @Override
      public void withdraw(String pluginId, String namespace, boolean purge) {}
    };
  }
}
