package cn.gov.guizhou.ipp.applicant.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A participant of a joint application.
 *
 * @param organisationId the participant
 * @param creditCode its unified social credit code
 * @param legalName its legal name
 * @param organisationType its type
 * @param role its role in the project
 * @param divisionOfWork what it does
 * @param confirmedBy the administrator who confirmed taking part, once confirmed
 * @param confirmedAt when
 */
public record Participant(
    UUID organisationId,
    String creditCode,
    String legalName,
    String organisationType,
    String role,
    String divisionOfWork,
    String confirmedBy,
    OffsetDateTime confirmedAt) {

  public boolean confirmed() {
    return confirmedAt != null;
  }
}
