package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The bureau barred an organisation from later applications after a project of it failed its
 * acceptance a second time (guide 2.1: "视情节限制其后续省级知识产权项目申报资格" — the bureau's decision, with a
 * reason and, for 2.1, an end date). Published by applicant-service, which refuses the
 * organisation's submissions while the bar is in force, for the bureau's dashboards and the other
 * services.
 *
 * @param barId the bar's id
 * @param organisationId the barred organisation (the failed project's lead unit)
 * @param creditCode its credit code
 * @param applicationId the application whose acceptance failed finally
 * @param reference its human reference
 * @param trackCode its track
 * @param reason the bureau's reason
 * @param until the bar's last day (Beijing time), or null for a bar until the bureau lifts it
 * @param barredBy the officer's subject
 * @param barredAt when
 */
public record OrganisationBarredV1(
    UUID barId,
    UUID organisationId,
    String creditCode,
    UUID applicationId,
    String reference,
    String trackCode,
    String reason,
    LocalDate until,
    String barredBy,
    OffsetDateTime barredAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return organisationId.toString();
  }
}
