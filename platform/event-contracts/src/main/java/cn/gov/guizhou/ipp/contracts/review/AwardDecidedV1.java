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
 * @param decisionId the officer's decision this award is part of: every application of the track
 *     decided at once carries the same id (optional: null in events of earlier producers)
 * @param awardedInDecision how many applications the decision awards; funding-service commits a
 *     decision's awards together, in rank order, once it has all of them (optional: null in events
 *     of earlier producers)
 * @param committedAmount what the award commits against the track's budget, CNY: the amount, or for
 *     a rolling or staged rule the most the project can receive (optional)
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
    OffsetDateTime decidedAt,
    UUID decisionId,
    Integer awardedInDecision,
    BigDecimal committedAmount)
    implements IntegrationEvent {

  /** An award outside a decision batch. */
  public AwardDecidedV1(
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
      OffsetDateTime decidedAt) {
    this(
        applicationId,
        reference,
        callYear,
        trackCode,
        ruleVersion,
        leadOrganisationId,
        leadCreditCode,
        awarded,
        amount,
        fundingRule,
        rank,
        finalScore,
        followedProposal,
        justification,
        decidedAt,
        null,
        null,
        null);
  }

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
