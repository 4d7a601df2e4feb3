package cn.gov.guizhou.ipp.contracts.funding;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A finance officer paid a tranche of a grant or a securitisation subsidy, after a clear credit
 * check. Part of it may have been kept back to settle a recovery order of the same organisation.
 *
 * @param paymentId the payment
 * @param kind TRANCHE (a tranche of a grant) or SECURITISATION_SUBSIDY (a claim)
 * @param grantId the grant (the awarded application's id) or the securitisation claim's id
 * @param reference the grant's or claim's human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param organisationId the paid organisation
 * @param creditCode its unified social credit code
 * @param trancheSequence the tranche paid, for a TRANCHE; null for a subsidy
 * @param amount what the payment settles, CNY
 * @param offsetAmount the part kept back against the organisation's recovery orders, CNY
 * @param cashAmount the part transferred, CNY ({@code amount − offsetAmount})
 * @param paymentReference the treasury's payment reference
 * @param paidOn the value date
 * @param creditCheckId the clear credit check the payment relied on
 * @param recordedAt when it was recorded
 */
public record FundsDisbursedV1(
    UUID paymentId,
    String kind,
    UUID grantId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String creditCode,
    Integer trancheSequence,
    BigDecimal amount,
    BigDecimal offsetAmount,
    BigDecimal cashAmount,
    String paymentReference,
    LocalDate paidOn,
    UUID creditCheckId,
    OffsetDateTime recordedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return grantId.toString();
  }
}
