package io.tsumugi.core.plugin;

import io.tsumugi.api.LocalizedMessage;
import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.plan.Change;
import io.tsumugi.metadata.plan.Plan;
import io.tsumugi.metadata.validate.MetadataProblem;
import io.tsumugi.metadata.validate.MetadataValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Plans an inspected plugin file's metadata without running its code: the package is read as
 * resources from the conventional location {@value #LOCATION} (where the archetype and the plugins
 * of this repository keep it) through a class loader used for resources only. A plugin keeping its
 * package elsewhere gets no preview; its plan still runs at install.
 */
final class PluginPreviewer {

  /** Where the archetype puts a plugin's metadata package. */
  static final String LOCATION = "tsumugi/metadata";

  private final PluginMetadataTarget metadata;

  PluginPreviewer(PluginMetadataTarget metadata) {
    this.metadata = metadata;
  }

  PluginPreview preview(InspectedPlugin p, String installedVersion) {
    // Parent null: nothing of the server is visible; no class of the jar is ever loaded here.
    try (URLClassLoader resources =
        new URLClassLoader(new URL[] {p.file().toUri().toURL()}, null)) {
      if (resources.getResource(LOCATION + "/package.json") == null) {
        return result(
            p,
            installedVersion,
            List.of(),
            new LocalizedMessage(
                LOCATION + "/package.json がないため、メタデータの計画は表示できません(インストール時に計画・適用されます)。",
                "No "
                    + LOCATION
                    + "/package.json: the metadata plan cannot be previewed (it is planned and"
                    + " applied at install)."));
      }
      LoadResult loaded =
          new MetadataLoader(new MetadataValidator(metadata.activePackages(p.id())))
              .loadClasspath(LOCATION, resources);
      if (!loaded.isValid()) {
        List<MetadataProblem> errors = loaded.report().errors();
        return result(
            p,
            installedVersion,
            List.of(),
            new LocalizedMessage(
                "メタデータに誤りがあります: " + describe(errors, true),
                "Its metadata is invalid: " + describe(errors, false)));
      }
      if (!p.id().equals(loaded.pkg().namespace())) {
        return result(
            p,
            installedVersion,
            List.of(),
            new LocalizedMessage(
                "メタデータの名前空間「" + loaded.pkg().namespace() + "」がプラグイン ID と違います。",
                "Its metadata namespace '"
                    + loaded.pkg().namespace()
                    + "' differs from the plugin id."));
      }
      Plan plan = metadata.plan(p.id(), loaded.pkg()).orElse(null);
      if (plan == null) {
        return result(p, installedVersion, List.of(), null);
      }
      LocalizedMessage refused =
          plan.refusals().isEmpty()
              ? null
              : new LocalizedMessage(
                  "この変更は適用できません: " + describe(plan.refusals(), true),
                  "This change cannot be applied: " + describe(plan.refusals(), false));
      return result(p, installedVersion, plan.changes(), refused);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PluginPreview result(
      InspectedPlugin p, String installedVersion, List<Change> changes, LocalizedMessage note) {
    return new PluginPreview(
        p.id(), p.version(), p.sha256(), p.signed(), installedVersion, changes, note);
  }

  private static String describe(List<MetadataProblem> problems, boolean japanese) {
    return problems.stream()
        .limit(5)
        .map(m -> m.path() + " " + (japanese ? m.messageJa() : m.messageEn()))
        .collect(Collectors.joining("; "));
  }
}
