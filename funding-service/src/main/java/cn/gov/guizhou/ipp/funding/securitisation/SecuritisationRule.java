package cn.gov.guizhou.ipp.funding.securitisation;

import cn.gov.guizhou.ipp.contracts.programme.PercentageWithAnnualCap;
import java.math.BigDecimal;

/**
 * The securitisation track's rule in one call as the catalogue published it, with the cap claims
 * are reserved against: the lower of the rule's annual cap and the track's budget.
 *
 * @param callYear the call's year
 * @param ruleVersion the rule version in force
 * @param rule the catalogue's rule
 * @param cap what the year's claims may reserve in total
 */
public record SecuritisationRule(
    int callYear, int ruleVersion, PercentageWithAnnualCap rule, BigDecimal cap) {

  /**
   * A claim computed under the rule, against the year's cap.
   *
   * @param issuanceAmount the product's issuance amount
   * @param financingAmount the enterprise's actual financing within the product
   * @param reservedBefore what earlier claims of the year reserve
   */
  public PercentageWithAnnualCap.Claim claim(
      BigDecimal issuanceAmount, BigDecimal financingAmount, BigDecimal reservedBefore) {
    // The enterprise's share of the issuance amount is its financing over the issuance (the
    // issuance amount is the product's scale), so the subsidy is the rate of its financing. A cap
    // lower than the rule's annual cap counts as that much already granted.
    BigDecimal belowRuleCap = rule.annualCap().subtract(cap).max(BigDecimal.ZERO);
    return rule.claim(
        issuanceAmount, issuanceAmount, financingAmount, reservedBefore.add(belowRuleCap));
  }
}
