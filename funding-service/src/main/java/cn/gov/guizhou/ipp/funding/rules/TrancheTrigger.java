package cn.gov.guizhou.ipp.funding.rules;

/** What makes a planned tranche of a grant payable. */
public enum TrancheTrigger {
  /** Payable once the award is made (fixed and tiered awards, GI-BRAND year 1). */
  ON_AWARD,
  /**
   * GI-BRAND year 2: payable only after the year-1 evaluation found the targets met, for the amount
   * the evaluation sets within the rule's range; lapses otherwise.
   */
  AFTER_MET_EVALUATION,
  /**
   * A DATA-IP-LEADER stage: the stage amount after a year-2 or year-3 evaluation that selects the
   * project; nothing otherwise.
   */
  AFTER_SELECTING_EVALUATION,
  /**
   * AGENCY-BRAND: payable once an officer records that the agency's revenue of the rule's year
   * reached the threshold and that it is in the statistics (上规入统); lapses otherwise.
   */
  ON_THRESHOLD_MET,
  /**
   * The securitisation subsidy: payable after the product's end date, if no default or overdue
   * payment was recorded.
   */
  AFTER_PRODUCT_END
}
