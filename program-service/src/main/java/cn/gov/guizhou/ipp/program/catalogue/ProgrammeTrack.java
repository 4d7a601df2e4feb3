package cn.gov.guizhou.ipp.program.catalogue;

import java.math.BigDecimal;

/**
 * One track of a call, as the catalogue publishes it.
 *
 * @param code stable track code (e.g. {@code HVP})
 * @param callYear year of the call
 * @param section the guide's numbering (e.g. {@code 1.4.2})
 * @param programmeNameZh the programme's official Chinese name, verbatim from the guide
 * @param trackNameZh the track's Chinese name within the programme, if it has tracks
 * @param nameEn English name
 * @param category pre- or post-subsidy
 * @param fundingRule kind of funding rule
 * @param standardAward the amount per project where the rule fixes one (year 1 for rolling tracks),
 *     otherwise null
 * @param maximumAward the most one project can receive, where the guide caps it
 * @param monitored whether the risk-control firm tracks its funded projects
 */
public record ProgrammeTrack(
    String code,
    int callYear,
    String section,
    String programmeNameZh,
    String trackNameZh,
    String nameEn,
    SubsidyCategory category,
    FundingRuleKind fundingRule,
    BigDecimal standardAward,
    BigDecimal maximumAward,
    boolean monitored) {}
