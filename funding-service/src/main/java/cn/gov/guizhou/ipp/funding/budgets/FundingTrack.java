package cn.gov.guizhou.ipp.funding.budgets;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;

/**
 * A track of a call as funding reads it.
 *
 * @param callYear the call's year
 * @param code the track's code
 * @param ruleVersion the version in force
 * @param fundingRule how its money is determined
 * @param budget its budget in the call, once set
 */
public record FundingTrack(
    int callYear, String code, int ruleVersion, FundingRule fundingRule, BigDecimal budget) {

  /** The ledger key of the track's accounts. */
  public String key() {
    return callYear + "/" + code;
  }
}
