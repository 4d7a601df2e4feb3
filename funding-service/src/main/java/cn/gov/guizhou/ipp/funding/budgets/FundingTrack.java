package cn.gov.guizhou.ipp.funding.budgets;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.Material;
import java.math.BigDecimal;
import java.util.List;

/**
 * A track of a call as funding reads it.
 *
 * @param callYear the call's year
 * @param code the track's code
 * @param ruleVersion the version in force
 * @param fundingRule how its money is determined
 * @param budget its budget in the call, once set
 * @param materials the materials its applications or claims carry; null when the published version
 *     did not say
 * @param implementationStartYear first year of the work, null when not known
 * @param implementationEndYear last year of the work, null when not known
 */
public record FundingTrack(
    int callYear,
    String code,
    int ruleVersion,
    FundingRule fundingRule,
    BigDecimal budget,
    List<Material> materials,
    Integer implementationStartYear,
    Integer implementationEndYear) {

  public FundingTrack {
    materials = materials == null ? null : List.copyOf(materials);
  }

  /** The ledger key of the track's accounts. */
  public String key() {
    return callYear + "/" + code;
  }
}
