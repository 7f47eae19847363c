package io.tsumugi.rest.plugins;

import io.tsumugi.rest.problem.ApiException;
import io.tsumugi.rest.support.JsonBody;
import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An uploaded plugin file written to a temporary folder (never into the plugins folder before the
 * host has inspected it), at most {@value #MAX_BYTES} bytes; deleted on close.
 */
final class PluginUpload implements AutoCloseable {

  /** Same as the host's limit for a plugin file. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  private final Path dir;
  private final Path file;

  private PluginUpload(Path dir, Path file) {
    this.dir = dir;
    this.file = file;
  }

  /** The body of an {@code application/octet-stream} request, named {@code fileName}. */
  static PluginUpload of(InputStream body, String fileName) {
    try {
      Path dir = Files.createTempDirectory("tsumugi-plugin-upload");
      Path file = dir.resolve(safeName(fileName));
      try (OutputStream out = Files.newOutputStream(file)) {
        copyLimited(body, out);
      }
      return new PluginUpload(dir, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The part named {@code file} of a {@code multipart/form-data} request. */
  static PluginUpload of(List<EntityPart> parts) {
    EntityPart part =
        parts.stream()
            .filter(p -> "file".equals(p.getName()))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiException.badRequest(
                        "plugin.fileMissing",
                        "multipart の「file」パートにプラグインの jar を入れてください。",
                        "Send the plugin jar in the multipart part named \"file\"."));
    return of(part.getContent(), part.getFileName().orElse("plugin.jar"));
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  /** The last path segment, only letters, digits, dot, dash and underscore; {@code .jar} kept. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isBlank() || base.startsWith(".")) {
      base = "plugin" + base;
    }
    return base.length() > 100 ? base.substring(base.length() - 100) : base;
  }

  private static void copyLimited(InputStream in, OutputStream out) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > MAX_BYTES) {
        throw JsonBody.tooLarge(MAX_BYTES);
      }
      out.write(buffer, 0, n);
    }
  }
}
