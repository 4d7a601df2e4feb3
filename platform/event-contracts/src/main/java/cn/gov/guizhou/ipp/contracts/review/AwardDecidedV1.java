package cn.gov.guizhou.ipp.contracts.review;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The bureau decided whether a reviewed application is funded. funding-service opens a grant for an
 * awarded one (amount and funding rule), monitoring-service starts tracking it where its track is
 * monitored; dashboards show both outcomes.
 *
 * @param applicationId platform id of the application
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param ruleVersion the rule version the application was submitted under
 * @param leadOrganisationId the lead unit
 * @param leadCreditCode the lead unit's credit code
 * @param awarded whether it is funded
 * @param amount the amount awarded, CNY (zero when not awarded)
 * @param fundingRule the track's funding rule, which sets tranches and later payments
 * @param rank its rank in the track by final score
 * @param finalScore its final score out of 100
 * @param followedProposal whether the decision follows the ranking's proposal within budget
 * @param justification the officer's written justification of a departure from the proposal
 * @param decidedAt when
 */
public record AwardDecidedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    int ruleVersion,
    UUID leadOrganisationId,
    String leadCreditCode,
    boolean awarded,
    BigDecimal amount,
    FundingRule fundingRule,
    int rank,
    BigDecimal finalScore,
    boolean followedProposal,
    String justification,
    OffsetDateTime decidedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
