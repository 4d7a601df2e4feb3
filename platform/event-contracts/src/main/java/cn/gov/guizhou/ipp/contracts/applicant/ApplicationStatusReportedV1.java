package cn.gov.guizhou.ipp.contracts.applicant;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A service reports how a submitted application moved on: review-service its formal check, review,
 * award or rejection and acceptance; funding-service its funding; monitoring-service its
 * implementation. applicant-service keeps the application's whole story from these, so the
 * applicant sees it in one place.
 *
 * @param applicationId platform id of the application
 * @param status FORMAL_CHECK_PASSED, FORMAL_CHECK_FAILED, UNDER_REVIEW, APPROVED, REJECTED, FUNDED,
 *     IN_IMPLEMENTATION, ACCEPTED or FAILED_ACCEPTANCE
 * @param amount the amount approved or funded, CNY (APPROVED and FUNDED only)
 * @param reason why, where the status has a reason (failed checks, rejection, failed acceptance)
 * @param reportedBy the reporting service (review-service, funding-service, monitoring-service)
 * @param occurredAt when it happened
 */
public record ApplicationStatusReportedV1(
    UUID applicationId,
    String status,
    BigDecimal amount,
    String reason,
    String reportedBy,
    OffsetDateTime occurredAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
