package io.tsumugi.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the running platform, read from the build. Plugins use it to state which platform
 * releases they need; screens and the health endpoint show it.
 */
public final class PlatformVersion {

  private static final String RESOURCE = "platform.properties";
  private static final String CURRENT = readVersion();

  private PlatformVersion() {}

  /** The platform release, e.g. {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    return CURRENT;
  }

  private static String readVersion() {
    try (InputStream in = PlatformVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE + " next to PlatformVersion");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("platform.version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
