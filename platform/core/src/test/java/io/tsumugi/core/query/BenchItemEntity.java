package io.tsumugi.core.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The benchmark entity as a hand-written JPA entity with the columns of its dynamic type, the
 * baseline {@link RecordsBenchmark} reads dynamic types against.
 */
@Entity
@Table(name = "crm_bench_item")
public class BenchItemEntity {

  @Id private Long id;

  @Column(name = "owner_id")
  private Long ownerId;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  private Long updatedBy;

  @Column(name = "version")
  private Long version;

  @Column(name = "f_name")
  private String fname;

  @Column(name = "f_status")
  private String fstatus;

  @Column(name = "f_int0")
  private Long fint0;

  @Column(name = "f_int1")
  private Long fint1;

  @Column(name = "f_x4")
  private LocalDate fx4;

  @Column(name = "f_x5")
  private String fx5;

  @Column(name = "f_x6")
  private Long fx6;

  @Column(name = "f_x7")
  private LocalDate fx7;

  @Column(name = "f_x8")
  private String fx8;

  @Column(name = "f_x9")
  private Long fx9;

  @Column(name = "f_x10")
  private LocalDate fx10;

  @Column(name = "f_x11")
  private String fx11;

  @Column(name = "f_x12")
  private Long fx12;

  @Column(name = "f_x13")
  private LocalDate fx13;

  @Column(name = "f_x14")
  private String fx14;

  @Column(name = "f_x15")
  private Long fx15;

  @Column(name = "f_x16")
  private LocalDate fx16;

  @Column(name = "f_x17")
  private String fx17;

  @Column(name = "f_x18")
  private Long fx18;

  @Column(name = "f_x19")
  private LocalDate fx19;

  @Column(name = "f_x20")
  private String fx20;

  /** The name, so the read is used. */
  public String name() {
    return fname;
  }
}
