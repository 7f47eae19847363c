package io.tsumugi.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The plugins folder: the files found there at start, uploads copied in as {@code
 * <id>-<version>.jar}, replaced or uninstalled files moved to {@code .archive/} (never deleted).
 */
final class PluginFolder {

  private static final Logger LOG = Logger.getLogger(PluginFolder.class.getName());

  private final Path dir;
  private final Clock clock;

  /** The folder {@code dir}, made absolute (PF4J needs it). */
  PluginFolder(Path dir, Clock clock) {
    this.dir = dir.toAbsolutePath().normalize();
    this.clock = clock;
  }

  Path dir() {
    return dir;
  }

  Path resolve(String fileName) {
    return dir.resolve(fileName);
  }

  /** The {@code *.jar} and {@code *.zip} files, sorted by name. */
  List<Path> files() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.{jar,zip}")) {
      stream.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
    files.sort(null);
    return files;
  }

  /** Copies an inspected upload into the folder under its canonical name. */
  InspectedPlugin place(InspectedPlugin p) {
    Path target = dir.resolve(p.id() + "-" + p.version() + ".jar");
    try {
      Files.createDirectories(dir);
      if (!p.file().toAbsolutePath().normalize().equals(target)) {
        Files.copy(p.file(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the plugin into " + dir, e);
    }
    return new InspectedPlugin(
        target, p.id(), p.version(), p.requires(), p.dependencies(), p.sha256(), p.signed());
  }

  /** Moves {@code file} to {@code .archive/<millis>-<name>}, if it exists. */
  void archive(Path file) {
    try {
      if (Files.exists(file)) {
        Path archive = Files.createDirectories(dir.resolve(".archive"));
        Files.move(
            file,
            archive.resolve(clock.millis() + "-" + file.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot archive " + file, e);
    }
  }

  static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + file + ": " + e);
    }
  }
}
