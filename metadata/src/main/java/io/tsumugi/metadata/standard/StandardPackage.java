package io.tsumugi.metadata.standard;

import io.tsumugi.metadata.load.LoadResult;
import io.tsumugi.metadata.load.MetadataLoader;
import io.tsumugi.metadata.model.MetadataPackage;

/**
 * The standard CRM package, namespace {@code std}, bundled at {@value #LOCATION} (the sources are
 * in {@code metadata/packages/standard/}). Loaded once and cached; it is immutable.
 */
public final class StandardPackage {

  /** The classpath location of the package. */
  public static final String LOCATION = "io/tsumugi/metadata/packages/standard";

  private static volatile MetadataPackage cached;

  private StandardPackage() {}

  /** Loads (once) and returns the standard package; throws if the bundled copy is invalid. */
  public static MetadataPackage load() {
    MetadataPackage p = cached;
    if (p == null) {
      p = loadWithReport().orThrow();
      cached = p;
    }
    return p;
  }

  /** Loads the standard package afresh, with its validation report. */
  public static LoadResult loadWithReport() {
    return new MetadataLoader().loadClasspath(LOCATION, StandardPackage.class.getClassLoader());
  }
}
