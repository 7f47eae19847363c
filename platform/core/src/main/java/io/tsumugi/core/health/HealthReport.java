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
  private final Integer entityCount;

  public HealthReport(
      boolean up,
      String platformVersion,
      String database,
      Integer metadataVersion,
      String problem) {
    this(up, platformVersion, database, metadataVersion, problem, null);
  }

  public HealthReport(
      boolean up,
      String platformVersion,
      String database,
      Integer metadataVersion,
      String problem,
      Integer entityCount) {
    this.entityCount = entityCount;
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

  /** How many entities the active metadata has (their tables exist). */
  public Integer getEntityCount() {
    return entityCount;
  }

  public String getProblem() {
    return problem;
  }
}
