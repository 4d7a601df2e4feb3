package cn.gov.guizhou.ipp.funding.recoveries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A recovery order and what has come back of it.
 *
 * @param applicationId the grant whose acceptance failed finally
 * @param organisationId the unit that must repay
 * @param paid what the grant was paid
 * @param eligibleSpending what it spent eligibly against its approved budget
 * @param amount what was ordered back
 * @param recovered what has come back, repaid or offset
 * @param outstanding what is still owed
 * @param reason why
 * @param orderedAt when
 * @param repayments the repayments and offsets, oldest first
 */
public record RecoveryOrder(
    UUID applicationId,
    UUID organisationId,
    BigDecimal paid,
    BigDecimal eligibleSpending,
    BigDecimal amount,
    BigDecimal recovered,
    BigDecimal outstanding,
    String reason,
    OffsetDateTime orderedAt,
    List<Repayment> repayments) {

  /**
   * Money that came back.
   *
   * @param kind REPAYMENT (transferred by the unit) or OFFSET (kept back from a payment)
   * @param amount CNY
   * @param reference the transfer's or the payment's reference
   * @param receivedOn the value date
   * @param recordedBy who recorded it
   */
  public record Repayment(
      String kind, BigDecimal amount, String reference, LocalDate receivedOn, String recordedBy) {}
}
