package cn.gov.guizhou.ipp.contracts.programme;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A version of a call's rules was published by program-service. Consumers take each track's funding
 * rule and monitoring duty from here instead of hard-coding them: funding-service its budgets and
 * tranche schedules, monitoring-service which tracks it monitors, applicant-service the rules it
 * judges submissions by.
 *
 * @param year the call's year
 * @param ruleVersion the version of its rules (1 for the call as first published)
 * @param state the call's state when this version was published
 * @param titleZh the call's title
 * @param titleEn its English title
 * @param publishedAt when this version was published
 * @param exclusivity call-wide rules on applying for more than one track (added to v1 later; absent
 *     in older messages)
 * @param tracks every track of the call with its rule
 */
public record CallPublishedV1(
    int year,
    int ruleVersion,
    String state,
    String titleZh,
    String titleEn,
    OffsetDateTime publishedAt,
    List<Exclusivity> exclusivity,
    List<TrackSummary> tracks)
    implements IntegrationEvent {

  /** One aggregate per call year: all versions of a call stay in order. */
  @Override
  public String aggregateId() {
    return String.valueOf(year);
  }

  /**
   * A track as other services need it.
   *
   * @param code stable track code
   * @param programmeNameZh the programme's official name
   * @param trackNameZh the track's name within the programme, if any
   * @param nameEn English name
   * @param category PRE_SUBSIDY or POST_SUBSIDY
   * @param fundingRule how its money is determined
   * @param monitored whether the risk-control firm tracks its funded projects
   * @param implementationStartYear first year of the work
   * @param implementationEndYear last year of the work
   * @param budget the track's budget in this call, once the bureau has set it (optional)
   * @param plannedProjects how many projects the budget is planned for (optional)
   * @param rules who may apply, with whom, the eligibility criteria and the materials (added to v1
   *     later; absent in older messages)
   */
  public record TrackSummary(
      String code,
      String programmeNameZh,
      String trackNameZh,
      String nameEn,
      String category,
      FundingRule fundingRule,
      boolean monitored,
      int implementationStartYear,
      int implementationEndYear,
      BigDecimal budget,
      Integer plannedProjects,
      TrackRules rules) {}
}
