package io.tsumugi.admin.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primefaces.model.file.UploadedFile;

/**
 * An uploaded plugin jar kept in a temporary folder between the preview and the confirmation (never
 * in the plugins folder before the host has inspected it), at most {@value #MAX_BYTES} bytes.
 */
final class PluginUploadFile {

  /** The same limit as the REST upload. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  private PluginUploadFile() {}

  /** Writes {@code file} to a new temporary folder; {@code null} when it is too large. */
  static Path write(UploadedFile file) {
    try {
      Path dir = Files.createTempDirectory("tsumugi-console-plugin");
      Path target = dir.resolve(safeName(file.getFileName()));
      try (InputStream in = file.getInputStream();
          OutputStream out = Files.newOutputStream(target)) {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
          total += n;
          if (total > MAX_BYTES) {
            out.close();
            delete(target);
            return null;
          }
          out.write(buffer, 0, n);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the file and its temporary folder. */
  static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }

  /** The last path segment, only letters, digits, dot, dash and underscore. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isBlank() || base.startsWith(".")) {
      base = "plugin" + base;
    }
    return base.length() > 100 ? base.substring(base.length() - 100) : base;
  }
}
