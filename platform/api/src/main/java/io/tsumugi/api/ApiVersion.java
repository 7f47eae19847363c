package io.tsumugi.api;

/**
 * The semantic version of this plugin contract, independent of the platform release.
 *
 * <p>A plugin states the range it needs in its manifest, e.g. {@code Plugin-Requires: >=1.0.0 &
 * <2.0.0}; the platform refuses a plugin whose range does not contain {@link #CURRENT}. The minor
 * version grows when a type or method is added, the major version when anything is removed or
 * changed incompatibly (the build compares the jar with the previous release).
 */
public final class ApiVersion {

  /** The version of the contract in this jar. */
  public static final String CURRENT = "1.0.0";

  private ApiVersion() {}
}
