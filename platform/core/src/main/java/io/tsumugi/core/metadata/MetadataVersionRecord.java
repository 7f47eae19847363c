package io.tsumugi.core.metadata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One applied metadata version. Exactly one row is active. */
@Entity
@Table(name = "sys_metadata_version")
public class MetadataVersionRecord {

  @Id
  @Column(name = "version_no")
  private int versionNo;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "summary", nullable = false, length = 1000)
  private String summary;

  @Column(name = "summary_ja", length = 1000)
  private String summaryJa;

  @Lob
  @Column(name = "package_json")
  private String packageJson;

  @Column(name = "applied_by", nullable = false, length = 80)
  private String appliedBy;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  protected MetadataVersionRecord() {}

  public MetadataVersionRecord(
      int versionNo, String summary, String packageJson, String appliedBy, Instant appliedAt) {
    this.versionNo = versionNo;
    this.active = true;
    this.summary = summary;
    this.packageJson = packageJson;
    this.appliedBy = appliedBy;
    this.appliedAt = appliedAt;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public boolean isActive() {
    return active;
  }

  public String getSummary() {
    return summary;
  }

  /** The summary in Japanese, or {@code null} for versions applied before 0.2.0. */
  public String getSummaryJa() {
    return summaryJa;
  }

  public String getPackageJson() {
    return packageJson;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }
}
