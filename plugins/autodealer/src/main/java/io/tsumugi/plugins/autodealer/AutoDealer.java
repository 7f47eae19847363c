package io.tsumugi.plugins.autodealer;

/** Names the auto dealer plugin shares between its extensions. */
public final class AutoDealer {

  /** Where the metadata package sits in the jar. */
  public static final String METADATA = "tsumugi/metadata";

  /** The vehicle entity. */
  public static final String VEHICLE = "autodealer_vehicle";

  private AutoDealer() {}
}
