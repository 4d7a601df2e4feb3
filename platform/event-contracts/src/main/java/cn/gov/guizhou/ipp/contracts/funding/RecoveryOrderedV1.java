package cn.gov.guizhou.ipp.contracts.funding;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A recovery order (追回) was raised against a grant whose acceptance failed finally: the funds paid
 * but not spent eligibly must come back. Tracked by funding-service until repaid or offset.
 *
 * @param applicationId the grant (the awarded application's id)
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param organisationId the unit that must repay
 * @param creditCode its unified social credit code
 * @param paid what the grant was paid, CNY
 * @param eligibleSpending what it spent eligibly against its approved budget, CNY
 * @param amount what is ordered back ({@code paid − eligibleSpending}, never below zero), CNY
 * @param reason why
 * @param orderedAt when
 */
public record RecoveryOrderedV1(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String creditCode,
    BigDecimal paid,
    BigDecimal eligibleSpending,
    BigDecimal amount,
    String reason,
    OffsetDateTime orderedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }
}
