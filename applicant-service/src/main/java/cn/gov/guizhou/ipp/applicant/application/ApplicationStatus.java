package cn.gov.guizhou.ipp.applicant.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application is. applicant-service moves it from draft to submitted (or withdrawn);
 * review-service, funding-service and monitoring-service report the later steps.
 */
public enum ApplicationStatus {
  DRAFT,
  SUBMITTED,
  WITHDRAWN,
  FORMAL_CHECK_PASSED,
  FORMAL_CHECK_FAILED,
  UNDER_REVIEW,
  APPROVED,
  REJECTED,
  FUNDED,
  IN_IMPLEMENTATION,
  ACCEPTED,
  FAILED_ACCEPTANCE;

  /** The steps other services report. */
  public static final Set<ApplicationStatus> REPORTED =
      EnumSet.of(
          FORMAL_CHECK_PASSED,
          FORMAL_CHECK_FAILED,
          UNDER_REVIEW,
          APPROVED,
          REJECTED,
          FUNDED,
          IN_IMPLEMENTATION,
          ACCEPTED,
          FAILED_ACCEPTANCE);

  /** The lead may withdraw until a decision is made. */
  public boolean withdrawable() {
    return this == SUBMITTED || this == FORMAL_CHECK_PASSED || this == UNDER_REVIEW;
  }

  /** Steps that carry an amount. */
  public boolean carriesAmount() {
    return this == APPROVED || this == FUNDED;
  }
}
