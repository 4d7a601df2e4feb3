package cn.gov.guizhou.ipp.review.catalogue;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import cn.gov.guizhou.ipp.contracts.programme.TrackRules;
import java.math.BigDecimal;

/**
 * A track of one version of a call, as review reads it.
 *
 * @param callYear the call's year
 * @param ruleVersion the version
 * @param code the track's code
 * @param nameZh its official name
 * @param fundingRule how its money is determined
 * @param rules its criteria and materials (absent in versions published before they were carried)
 * @param budget its budget in the call, once set
 * @param plannedProjects how many projects the budget is planned for
 */
public record ReviewTrack(
    int callYear,
    int ruleVersion,
    String code,
    String nameZh,
    FundingRule fundingRule,
    TrackRules rules,
    BigDecimal budget,
    Integer plannedProjects) {}
