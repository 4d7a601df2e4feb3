package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A participant's administrator confirmed that its organisation takes part in a joint application.
 *
 * @param applicationId platform id of the application
 * @param callYear the call's year
 * @param trackCode the track
 * @param leadOrganisationId the lead unit
 * @param participantOrganisationId the participant
 * @param creditCode the participant's unified social credit code
 * @param role its role in the project
 * @param confirmedAt when
 */
public record ParticipantConfirmedV1(
    UUID applicationId,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    UUID participantOrganisationId,
    String creditCode,
    String role,
    OffsetDateTime confirmedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
