package io.tsumugi.plugins.realestate;

/** Names the real estate plugin shares between its extensions. */
public final class RealEstate {

  /** Where the metadata package sits in the jar. */
  public static final String METADATA = "tsumugi/metadata";

  /** 物件. */
  public static final String PROPERTY = "realestate_property";

  /** 反響: an inquiry of a lead about a property. */
  public static final String INQUIRY = "realestate_inquiry";

  /** 希望条件, one or more per lead. */
  public static final String WISH = "realestate_wish";

  /** The standard lead entity. */
  public static final String LEAD = "sales_lead";

  private RealEstate() {}
}
