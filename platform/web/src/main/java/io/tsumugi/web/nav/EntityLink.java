package io.tsumugi.web.nav;

/** One entry of the navigation: an entity's API name, its plural label and icon. */
public class EntityLink {

  private final String name;
  private final String label;
  private final String icon;

  public EntityLink(String name, String label, String icon) {
    this.name = name;
    this.label = label;
    this.icon = icon;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  /** A PrimeIcons class, e.g. {@code pi pi-briefcase}. */
  public String getIcon() {
    return icon;
  }
}
