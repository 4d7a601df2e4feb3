package cn.gov.guizhou.ipp.contracts.programme;

import java.util.List;

/**
 * An eligibility criterion of a track.
 *
 * @param id stable id
 * @param zh the criterion in Chinese
 * @param en the criterion in English
 * @param appliesTo applicant types it applies to; empty for every applicant
 * @param check decided from the profile, or confirmed at the formal check
 * @param fact the profile fact a PROFILE criterion reads
 * @param operator how the fact is compared
 * @param value what it is compared with
 */
public record Criterion(
    String id,
    String zh,
    String en,
    List<String> appliesTo,
    CheckKind check,
    String fact,
    Operator operator,
    Object value) {

  public Criterion {
    appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
  }

  /** Who decides a criterion. */
  public enum CheckKind {
    /** Decided by the platform from the applicant's declared profile. */
    PROFILE,
    /** Confirmed by a programme officer at the formal check (形式审查). */
    FORMAL_CHECK
  }

  /** How a profile fact is compared. */
  public enum Operator {
    AT_LEAST,
    IS_TRUE,
    IN
  }
}
