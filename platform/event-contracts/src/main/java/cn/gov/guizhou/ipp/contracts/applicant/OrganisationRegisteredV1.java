package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An organisation registered on the platform. Consumed by review-service to know each
 * organisation's credit code for conflict-of-interest checks.
 *
 * @param organisationId platform id of the organisation
 * @param creditCode its 18-character unified social credit code
 * @param legalName its registered legal name
 * @param organisationType one of the applicant unit types of the guide (e.g. ENTERPRISE)
 * @param region a Guizhou prefecture, 贵安新区, or OUTSIDE_PROVINCE
 * @param registeredAt when it registered
 */
public record OrganisationRegisteredV1(
    UUID organisationId,
    String creditCode,
    String legalName,
    String organisationType,
    String region,
    OffsetDateTime registeredAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
