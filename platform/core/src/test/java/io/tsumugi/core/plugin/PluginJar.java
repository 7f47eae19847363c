package io.tsumugi.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Builds a real plugin jar in a test folder: manifest, compiled classes taken from the test
 * classpath, {@code META-INF/extensions.idx}, resources and raw (possibly hostile) entries.
 */
final class PluginJar {

  private final Path file;
  private final Map<String, String> manifest = new LinkedHashMap<>();
  private final List<Class<?>> classes = new ArrayList<>();
  private final List<Class<?>> extensions = new ArrayList<>();
  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private String security;

  private PluginJar(Path file) {
    this.file = file;
  }

  /** A jar {@code fileName} in {@code dir} for plugin {@code id} {@code version}, API 1.x. */
  static PluginJar of(Path dir, String fileName, String id, String version) {
    PluginJar jar = new PluginJar(dir.resolve(fileName));
    jar.manifest.put("Manifest-Version", "1.0");
    jar.manifest.put("Plugin-Id", id);
    jar.manifest.put("Plugin-Version", version);
    jar.manifest.put("Plugin-Requires", ">=1.0.0 & <2.0.0");
    return jar;
  }

  PluginJar header(String name, String value) {
    if (value == null) {
      manifest.remove(name);
    } else {
      manifest.put(name, value);
    }
    return this;
  }

  PluginJar pluginClass(Class<?> type) {
    classes.add(type);
    return header("Plugin-Class", type.getName());
  }

  PluginJar extension(Class<?> type) {
    classes.add(type);
    extensions.add(type);
    return this;
  }

  PluginJar resource(String path, String content) {
    entries.put(path, content.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** A {@code security} section (JSON) for the demo package; call before {@link #demoMetadata}. */
  PluginJar security(String json) {
    this.security = json;
    return this;
  }

  /** The demo metadata package: namespace {@code namespace}, one entity {@code <ns>_thing}. */
  PluginJar demoMetadata(String namespace, String extraField) {
    return metadataAt("demo-metadata", namespace, extraField);
  }

  /** The demo package under {@code location} (e.g. the archetype's {@code tsumugi/metadata}). */
  PluginJar metadataAt(String location, String namespace, String extraField) {
    resource(
        location + "/package.json",
        """
        {"$schema": "https://tsumugi.io/schema/metadata/package/1.0", "namespace": "%s",
         "version": "%s", "include": ["entities/%s_thing.json"]%s}
        """
            .formatted(
                namespace,
                manifest.get("Plugin-Version"),
                namespace,
                security == null ? "" : ", \"security\": " + security));
    String extra =
        extraField == null
            ? ""
            : ", {\"id\": \"f2\", \"name\": \"%s\", \"label\": {\"ja\": \"追加\", \"en\": \"Extra\"},"
                    .formatted(extraField)
                + " \"type\": \"text\"}";
    return resource(
        location + "/entities/" + namespace + "_thing.json",
        """
        {"$schema": "https://tsumugi.io/schema/metadata/entity/1.0", "id": "%1$s_thing",
         "name": "%1$s_thing", "label": {"ja": "もの", "en": "Thing"},
         "pluralLabel": {"ja": "もの", "en": "Things"}, "nameField": "name",
         "fields": [{"id": "f1", "name": "name", "label": {"ja": "名前", "en": "Name"},
                     "type": "text"}%2$s]}
        """
            .formatted(namespace, extra));
  }

  /** A raw entry, named exactly {@code name} (e.g. {@code ../evil.txt}). */
  PluginJar rawEntry(String name, byte[] content) {
    entries.put(name, content);
    return this;
  }

  Path build() throws IOException {
    Manifest mf = new Manifest();
    manifest.forEach((k, v) -> mf.getMainAttributes().put(new Attributes.Name(k), v));
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file);
        JarOutputStream jar = new JarOutputStream(out, mf)) {
      for (Class<?> type : classes) {
        String path = type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
          put(jar, path, in.readAllBytes());
        }
      }
      if (!extensions.isEmpty()) {
        StringBuilder index = new StringBuilder();
        extensions.forEach(e -> index.append(e.getName()).append('\n'));
        put(jar, "META-INF/extensions.idx", index.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        put(jar, e.getKey(), e.getValue());
      }
    }
    return file;
  }

  private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
    jar.putNextEntry(new ZipEntry(name));
    jar.write(content);
    jar.closeEntry();
  }
}
