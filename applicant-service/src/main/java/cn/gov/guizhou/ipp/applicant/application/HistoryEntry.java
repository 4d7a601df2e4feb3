package cn.gov.guizhou.ipp.applicant.application;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One step of an application's story.
 *
 * @param status the status it reached
 * @param amount the amount approved or funded, where the step has one
 * @param reason why, where the step has a reason
 * @param reportedBy applicant-service, or the service that reported the step
 * @param occurredAt when
 */
public record HistoryEntry(
    ApplicationStatus status,
    BigDecimal amount,
    String reason,
    String reportedBy,
    OffsetDateTime occurredAt) {}
