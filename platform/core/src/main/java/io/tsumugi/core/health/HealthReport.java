package io.tsumugi.core.health;

/**
 * What the health endpoint answers. A bean with getters (not a record) so that JSON-B and Faces EL
 * both read it.
 */
public class HealthReport {

  private final boolean up;
  private final String platformVersion;
  private final String database;
  private final Integer metadataVersion;
  private final String problem;

  public HealthReport(
      boolean up,
      String platformVersion,
      String database,
      Integer metadataVersion,
      String problem) {
    this.up = up;
    this.platformVersion = platformVersion;
    this.database = database;
    this.metadataVersion = metadataVersion;
    this.problem = problem;
  }

  public String getStatus() {
    return up ? "UP" : "DOWN";
  }

  public boolean isUp() {
    return up;
  }

  public String getPlatformVersion() {
    return platformVersion;
  }

  public String getDatabase() {
    return database;
  }

  public Integer getMetadataVersion() {
    return metadataVersion;
  }

  public String getProblem() {
    return problem;
  }
}
