package cn.gov.guizhou.ipp.contracts.monitoring;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The risk alert (red, yellow or green) of a monitored project changed. A RED alert puts the
 * project's grant on hold in funding-service until an officer lifts the hold with a reason.
 *
 * @param applicationId the funded project (the awarded application's id)
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param level RED, YELLOW or GREEN
 * @param previousLevel the level before, null for a project's first alert
 * @param reasons why, one line each (e.g. the lag and the review date that caused it)
 * @param changedAt when
 */
public record RiskAlertChangedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    String level,
    String previousLevel,
    List<String> reasons,
    OffsetDateTime changedAt)
    implements IntegrationEvent {

  public RiskAlertChangedV1 {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
