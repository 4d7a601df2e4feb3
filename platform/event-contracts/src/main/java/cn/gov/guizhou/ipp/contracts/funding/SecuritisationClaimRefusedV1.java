package cn.gov.guizhou.ipp.contracts.funding;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A securitisation subsidy claim will not be paid (补贴不予发放): a default or overdue repayment was
 * recorded, the enterprise's credit check found records, the bureau withdrew its qualification, or
 * it is not registered in Guizhou. What it reserved of the year's cap is released at once and the
 * year's queue is served again (each change a {@code securitisation-claim.reservation-changed.v1}).
 *
 * @param claimId the claim
 * @param reference its human reference, {@code <year>-SEC-<sequence>}
 * @param callYear the call's year
 * @param trackCode the track (DATA-IP-SECURITISATION)
 * @param organisationId the claiming enterprise
 * @param creditCode its unified social credit code
 * @param productCode the securitisation product's code
 * @param ground DEFAULT, OVERDUE, CREDIT_RECORD, QUALIFICATION_WITHDRAWN or
 *     NOT_REGISTERED_IN_GUIZHOU
 * @param reason what happened, as the enterprise is told
 * @param releasedAmount what the claim reserved and released, CNY
 * @param refusedAt when
 */
public record SecuritisationClaimRefusedV1(
    UUID claimId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String creditCode,
    String productCode,
    String ground,
    String reason,
    BigDecimal releasedAmount,
    OffsetDateTime refusedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
