package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A credit check of an organisation was completed (at registration, at submission, or on request).
 * review-service and funding-service learn from it whether an organisation may be awarded or paid;
 * only CLEAR counts as clear.
 *
 * @param checkId id of the check
 * @param organisationId the organisation checked
 * @param creditCode its unified social credit code
 * @param registry CREDIT_CHINA or SOCIAL_ORGANISATION_PLATFORM
 * @param outcome CLEAR, RECORDS_FOUND or UNAVAILABLE
 * @param recordCount how many records the registry holds (0 unless RECORDS_FOUND)
 * @param checkedAt when the check was made
 */
public record CreditCheckCompletedV1(
    UUID checkId,
    UUID organisationId,
    String creditCode,
    String registry,
    String outcome,
    int recordCount,
    OffsetDateTime checkedAt)
    implements IntegrationEvent {

  /** The organisation's events stay in order. */
  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
