package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.List;
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
 * @param recordCount how many records of the types the guide names the registry holds (0 unless
 *     RECORDS_FOUND)
 * @param checkedAt when the check was made
 * @param recordTypes the {@link CreditRecordType}s found that refuse (empty unless RECORDS_FOUND;
 *     added to v1 later, absent in older messages)
 * @param unavailableReason why the check is UNAVAILABLE — TIMEOUT, REGISTRY_ERROR, BREAKER_OPEN,
 *     UNREADABLE_ANSWER or UNKNOWN_CODE; null otherwise (added to v1 later)
 */
public record CreditCheckCompletedV1(
    UUID checkId,
    UUID organisationId,
    String creditCode,
    String registry,
    String outcome,
    int recordCount,
    OffsetDateTime checkedAt,
    List<String> recordTypes,
    String unavailableReason)
    implements IntegrationEvent {

  public CreditCheckCompletedV1 {
    recordTypes = recordTypes == null ? List.of() : List.copyOf(recordTypes);
  }

  /** A check as first published, without the record types and the reason. */
  public CreditCheckCompletedV1(
      UUID checkId,
      UUID organisationId,
      String creditCode,
      String registry,
      String outcome,
      int recordCount,
      OffsetDateTime checkedAt) {
    this(
        checkId, organisationId, creditCode, registry, outcome, recordCount, checkedAt, null, null);
  }

  /** The organisation's events stay in order. */
  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
