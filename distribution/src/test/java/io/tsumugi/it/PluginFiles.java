package io.tsumugi.it;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Plugin files for the black-box tests: the real plugins the build ships, a real plugin rebuilt as
 * a newer version, and hostile files (corrupt, zip slip, needing a newer API).
 */
final class PluginFiles {

  private PluginFiles() {}

  static byte[] real(String id) throws IOException {
    return Files.readAllBytes(RunningServer.availablePlugin(id + ".jar"));
  }

  /**
   * The real real-estate plugin as version {@code version}, with a new field {@code pet_allowed}
   * (ペット可) on 物件: what a partner's upgrade looks like.
   */
  static byte[] realEstateUpgrade(String version) throws IOException {
    return rewrite(
        real("realestate"),
        Map.of("Plugin-Version", version),
        (name, content) -> {
          if (name.equals("tsumugi/metadata/entities/realestate_property.json")) {
            ObjectNode entity = (ObjectNode) ApiClient.JSON.readTree(content);
            ObjectNode field = ((ArrayNode) entity.path("fields")).addObject();
            field.put("id", "property.pet_allowed").put("name", "pet_allowed");
            field.putObject("label").put("ja", "ペット可").put("en", "Pets allowed");
            field.put("type", "boolean");
            return ApiClient.JSON.writeValueAsBytes(entity);
          }
          if (name.equals("tsumugi/metadata/package.json")) {
            ObjectNode pkg = (ObjectNode) ApiClient.JSON.readTree(content);
            pkg.put("version", version);
            return ApiClient.JSON.writeValueAsBytes(pkg);
          }
          return content;
        });
  }

  /**
   * The archetype's plugin ({@link ArchetypePlugin}) under another id and namespace, as version
   * {@code version}, optionally with a new text field {@code extraField} on its entity: a second
   * partner plugin for tests that must not share the first one's state.
   */
  static byte[] archetypeRenamed(String id, String version, String extraField)
      throws IOException, InterruptedException {
    String from = ArchetypePlugin.ID;
    return rewrite(
        ArchetypePlugin.bytes(),
        Map.of("Plugin-Id", id, "Plugin-Version", version),
        (name, content) -> {
          if (!name.startsWith("tsumugi/metadata/") || !name.endsWith(".json")) {
            return content;
          }
          ObjectNode doc = (ObjectNode) ApiClient.JSON.readTree(content);
          if (doc.has("namespace")) {
            doc.put("namespace", id).put("version", version);
          }
          if (doc.has("fields")) {
            doc.put("id", doc.path("id").asText().replace(from + "_", id + "_"));
            doc.put("name", doc.path("name").asText().replace(from + "_", id + "_"));
            if (extraField != null) {
              ObjectNode field = ((ArrayNode) doc.path("fields")).addObject();
              field.put("id", "item." + extraField).put("name", extraField);
              field.putObject("label").put("ja", "証券番号").put("en", "Policy number");
              field.put("type", "text");
            }
          }
          return ApiClient.JSON.writeValueAsBytes(doc);
        });
  }

  /** A plugin whose manifest needs a plugin API this server does not have. */
  static byte[] needingApi(String range) throws IOException {
    return rewrite(
        real("education"), Map.of("Plugin-Requires", range, "Plugin-Id", "future"), (n, c) -> c);
  }

  /** A jar with an entry pointing outside its folder. */
  static byte[] zipSlip() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Manifest manifest = manifest(Map.of("Plugin-Id", "evil", "Plugin-Version", "1.0.0"));
    try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
      jar.putNextEntry(new JarEntry("../../standalone/deployments/evil.txt"));
      jar.write("pwned".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** Not a zip at all. */
  static byte[] corrupt() {
    return "PK\u0003\u0004 this is not really a jar".getBytes(StandardCharsets.UTF_8);
  }

  interface EntryRewrite {
    byte[] apply(String name, byte[] content) throws IOException;
  }

  private static byte[] rewrite(byte[] jar, Map<String, String> headers, EntryRewrite entries)
      throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (JarInputStream in = new JarInputStream(new java.io.ByteArrayInputStream(jar))) {
      Manifest manifest = new Manifest(in.getManifest());
      headers.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
      try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
        for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
          byte[] content = entries.apply(e.getName(), in.readAllBytes());
          out.putNextEntry(new JarEntry(e.getName()));
          out.write(content);
          out.closeEntry();
        }
      }
    }
    return bytes.toByteArray();
  }

  private static Manifest manifest(Map<String, String> headers) {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(new Attributes.Name("Plugin-Requires"), ">=1.0.0 & <2.0.0");
    headers.forEach((k, v) -> manifest.getMainAttributes().put(new Attributes.Name(k), v));
    return manifest;
  }
}
