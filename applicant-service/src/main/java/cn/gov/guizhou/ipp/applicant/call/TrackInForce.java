package cn.gov.guizhou.ipp.applicant.call;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import java.math.BigDecimal;

/**
 * A track of a call under one version of its rules.
 *
 * @param code the track's code
 * @param nameZh its official name
 * @param fundingRule how its money is determined
 * @param rules who may apply, with whom, the criteria and the materials
 * @param implementationStartYear first year of the work
 * @param implementationEndYear last year of the work
 */
public record TrackInForce(
    String code,
    String nameZh,
    FundingRule fundingRule,
    TrackRules rules,
    int implementationStartYear,
    int implementationEndYear) {

  /** The most one project may request, or null where the rule sets no bound. */
  public BigDecimal maximumRequest() {
    return fundingRule == null ? null : fundingRule.maximumPerProject();
  }
}
