package cn.gov.guizhou.ipp.review.experts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An expert's assignment to an application.
 *
 * @param id the assignment
 * @param applicationId the application
 * @param expertId the expert
 * @param callYear the call's year
 * @param drawId the draw that chose the expert
 * @param status ASSIGNED, DECLINED or SCORED
 * @param declineReason why the expert declined (or was withdrawn for a conflict)
 * @param total the expert's total out of 100, once scored
 * @param assignedAt when
 * @param scoredAt when scored
 */
public record Assignment(
    UUID id,
    UUID applicationId,
    UUID expertId,
    int callYear,
    UUID drawId,
    String status,
    String declineReason,
    BigDecimal total,
    OffsetDateTime assignedAt,
    OffsetDateTime scoredAt) {}
