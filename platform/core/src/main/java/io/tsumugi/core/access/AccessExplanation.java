package io.tsumugi.core.access;

import java.util.List;

/**
 * The answer to "why can this user see this record?".
 *
 * @param loginId the user asked about
 * @param entity the entity
 * @param id the record id
 * @param exists whether the record exists
 * @param canRead whether the user may read it
 * @param canWrite whether the user may change it (visibility and the update permission)
 * @param reasons every reason that applies, or why not when none does
 */
public record AccessExplanation(
    String loginId,
    String entity,
    long id,
    boolean exists,
    boolean canRead,
    boolean canWrite,
    List<Reason> reasons) {

  /** Copies the reasons. */
  public AccessExplanation {
    reasons = List.copyOf(reasons);
  }

  /**
   * One reason.
   *
   * @param code {@code admin}, {@code viewAll}, {@code modifyAll}, {@code publicDefault}, {@code
   *     owner}, {@code department}, {@code ancestorDepartment}, {@code sharingRule}, or for a
   *     refusal {@code noReadPermission}, {@code notShared}
   * @param detail the sharing rule's name or the visibility default, or {@code null}
   * @param readWrite whether this reason gives write access too
   * @param messageJa the reason in Japanese
   * @param messageEn the reason in English
   */
  public record Reason(
      String code, String detail, boolean readWrite, String messageJa, String messageEn) {}
}
