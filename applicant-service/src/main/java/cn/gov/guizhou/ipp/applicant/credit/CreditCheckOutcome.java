package cn.gov.guizhou.ipp.applicant.credit;

/** How a credit check ended. */
public enum CreditCheckOutcome {
  /** The registry answered and holds no record against the organisation. */
  CLEAR,
  /** The registry answered with records; they are kept with the check. */
  RECORDS_FOUND,
  /** The registry could not be asked or did not answer usably: never counts as clear. */
  UNAVAILABLE
}
