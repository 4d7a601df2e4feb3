package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A submitted application was withdrawn by its lead unit; review stops and no award is made.
 *
 * @param applicationId platform id of the application
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param leadOrganisationId the lead unit
 * @param reason why, as the applicant gave it
 * @param withdrawnAt when
 */
public record ApplicationWithdrawnV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    String reason,
    OffsetDateTime withdrawnAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
