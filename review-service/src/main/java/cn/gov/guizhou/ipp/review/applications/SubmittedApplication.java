package cn.gov.guizhou.ipp.review.applications;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A submitted application as review-service registers it.
 *
 * @param applicationId platform id
 * @param reference human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param ruleVersion the rule version it was judged by at submission
 * @param leadCreditCode the lead unit's credit code
 * @param leadName the lead unit's legal name
 * @param participantCreditCodes the participants' credit codes
 * @param title the project's title
 * @param requestedAmount CNY requested
 * @param criteriaToConfirm eligibility criteria the formal check must confirm
 * @param status SUBMITTED or WITHDRAWN
 * @param submittedAt when it was submitted
 * @param withdrawnAt when it was withdrawn, if it was
 */
public record SubmittedApplication(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    int ruleVersion,
    String leadCreditCode,
    String leadName,
    List<String> participantCreditCodes,
    String title,
    BigDecimal requestedAmount,
    List<String> criteriaToConfirm,
    String status,
    OffsetDateTime submittedAt,
    OffsetDateTime withdrawnAt) {}
