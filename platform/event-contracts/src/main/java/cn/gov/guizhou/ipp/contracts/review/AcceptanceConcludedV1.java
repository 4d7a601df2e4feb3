package cn.gov.guizhou.ipp.contracts.review;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The acceptance (验收) of a funded project was concluded. A first failure asks the unit to rectify
 * and apply again; a second failure is final: funding-service ends the grant and raises the
 * recovery of the funds disbursed but not used for the bureau to decide, and applicant-service
 * keeps the failure for the bureau's decision on barring the lead unit from later applications.
 *
 * @param applicationId the funded application
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param leadOrganisationId the lead unit
 * @param leadCreditCode its credit code
 * @param attempt 1 for the first acceptance, 2 for the one after rectification
 * @param outcome PASSED, FAILED_RECTIFY (first failure) or FAILED_FINALLY (second failure)
 * @param score the acceptance score out of 100, where it was scored
 * @param reason the conclusion's reasons
 * @param concludedAt when
 */
public record AcceptanceConcludedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    String leadCreditCode,
    int attempt,
    String outcome,
    BigDecimal score,
    String reason,
    OffsetDateTime concludedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
