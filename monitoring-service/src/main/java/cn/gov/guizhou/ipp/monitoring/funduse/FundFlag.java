package cn.gov.guizhou.ipp.monitoring.funduse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A fund-use flag raised on an expenditure.
 *
 * @param id the flag
 * @param projectId the project
 * @param reference the project's reference
 * @param kind LARGE_EXPENDITURE, OUTSIDE_APPROVED_BUDGET, BEYOND_CATEGORY_BUDGET,
 *     BEFORE_FUNDS_ARRIVED or AFTER_PERIOD_END
 * @param expenditureId the expenditure that raised it
 * @param category the expenditure's category
 * @param amount the expenditure's amount, CNY
 * @param spentOn the expenditure's date
 * @param detail what was found, with the figures
 * @param status OPEN, CONFIRMED or DISMISSED
 * @param misappropriation confirmed as misappropriation (挪用)
 * @param resolutionReason the firm's reason
 * @param resolvedBy who decided (token subject)
 * @param resolvedAt when
 * @param raisedAt when it was raised
 */
public record FundFlag(
    UUID id,
    UUID projectId,
    String reference,
    String kind,
    UUID expenditureId,
    String category,
    BigDecimal amount,
    LocalDate spentOn,
    String detail,
    String status,
    boolean misappropriation,
    String resolutionReason,
    String resolvedBy,
    OffsetDateTime resolvedAt,
    OffsetDateTime raisedAt) {}
