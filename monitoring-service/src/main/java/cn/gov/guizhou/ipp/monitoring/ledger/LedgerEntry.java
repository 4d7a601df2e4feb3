package cn.gov.guizhou.ipp.monitoring.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the progress ledger.
 *
 * @param projectId the monitored project
 * @param reviewDate the review date (Asia/Shanghai business date)
 * @param quarter the tracking round's quarter ({@code 2027-Q2}), null for a line without one
 * @param plannedCompletion planned weighted completion, percent
 * @param actualCompletion verified weighted completion, percent
 * @param recordedBy subject of the risk-control firm's client or user that recorded it
 * @param recordedAt when it was recorded
 */
public record LedgerEntry(
    UUID projectId,
    LocalDate reviewDate,
    String quarter,
    BigDecimal plannedCompletion,
    BigDecimal actualCompletion,
    String recordedBy,
    OffsetDateTime recordedAt) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  public LedgerEntry {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(reviewDate, "reviewDate");
    requirePercent(plannedCompletion, "plannedCompletion");
    requirePercent(actualCompletion, "actualCompletion");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Percentage points by which actual completion trails the plan; zero when ahead. */
  public BigDecimal lagPoints() {
    return plannedCompletion.subtract(actualCompletion).max(BigDecimal.ZERO);
  }

  private static void requirePercent(BigDecimal value, String field) {
    if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException(field + ": must be between 0 and 100");
    }
  }
}
