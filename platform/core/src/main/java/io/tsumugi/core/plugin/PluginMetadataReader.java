package io.tsumugi.core.plugin;

import io.tsumugi.api.extension.MetadataContribution;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * Reads a loaded plugin's metadata package through its {@link MetadataContribution} and validates
 * it against the active packages; the namespace must be the plugin id.
 */
final class PluginMetadataReader {

  private PluginMetadataReader() {}

  /** The plugin's package, empty when it contributes none. */
  static Optional<MetadataPackage> read(
      PluginManager manager, PluginWrapper plugin, List<MetadataPackage> active) {
    String file = plugin.getPluginPath().getFileName().toString();
    List<MetadataContribution> contributions =
        manager.getExtensions(MetadataContribution.class, plugin.getPluginId());
    if (contributions.isEmpty()) {
      return Optional.empty();
    }
    if (contributions.size() > 1) {
      throw PluginRefusedException.of(
          file,
          "MetadataContribution は 1 プラグインに 1 つまでです。",
          "a plugin may have only one MetadataContribution.");
    }
    String location = contributions.get(0).packageLocation();
    LoadResult result =
        new MetadataLoader(new MetadataValidator(active))
            .loadClasspath(location, plugin.getPluginClassLoader());
    if (!result.isValid()) {
      List<MetadataProblem> errors = result.report().errors();
      throw PluginRefusedException.of(
          file,
          "メタデータ(" + location + ")に誤りがあります: " + describe(errors, true),
          "its metadata (" + location + ") is invalid: " + describe(errors, false));
    }
    MetadataPackage pkg = result.pkg();
    if (!plugin.getPluginId().equals(pkg.namespace())) {
      throw PluginRefusedException.of(
          file,
          "メタデータの名前空間「" + pkg.namespace() + "」がプラグイン ID「" + plugin.getPluginId() + "」と違います。",
          "its metadata namespace '"
              + pkg.namespace()
              + "' differs from its plugin id '"
              + plugin.getPluginId()
              + "'.");
    }
    return Optional.of(pkg);
  }

  private static String describe(List<MetadataProblem> errors, boolean japanese) {
    return errors.stream()
        .limit(5)
        .map(p -> p.path() + " " + (japanese ? p.messageJa() : p.messageEn()))
        .collect(Collectors.joining("; "));
  }
}
