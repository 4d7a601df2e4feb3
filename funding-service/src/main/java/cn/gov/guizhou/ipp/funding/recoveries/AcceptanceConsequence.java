package cn.gov.guizhou.ipp.funding.recoveries;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a final acceptance failure leads to, for the bureau to decide: the grant's disbursed but
 * unused funds and whether the guide requires their recovery.
 *
 * @param grantId the failed grant (its application's id)
 * @param reference the application's reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param organisationId the funded unit
 * @param creditCode its credit code
 * @param attempt the acceptance attempt that failed finally (2)
 * @param acceptanceReason the acceptance's conclusion
 * @param failedAt when it failed
 * @param paid what the grant was paid, CNY
 * @param eligibleSpending what it spent eligibly, CNY
 * @param unused the disbursed but unused funds, paid − eligible spending, CNY
 * @param recoveryRequired whether the guide requires the recovery (2.1)
 * @param status PENDING, RECOVERY_ORDERED or NO_RECOVERY
 * @param decisionReason the bureau's reason, once decided
 * @param decidedBy the officer who decided
 * @param decidedAt when
 */
public record AcceptanceConsequence(
    UUID grantId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String creditCode,
    int attempt,
    String acceptanceReason,
    OffsetDateTime failedAt,
    BigDecimal paid,
    BigDecimal eligibleSpending,
    BigDecimal unused,
    boolean recoveryRequired,
    String status,
    String decisionReason,
    String decidedBy,
    OffsetDateTime decidedAt) {}
