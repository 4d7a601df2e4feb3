package cn.gov.guizhou.ipp.contracts.funding;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a securitisation subsidy claim reserves of the year's cap changed: it was filed, voided or
 * refused, or the year's first-come-first-served queue was served again after another claim was
 * filed, voided or refused, and money it released was re-offered in filing order.
 *
 * @param claimId the claim whose reservation changed
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track (DATA-IP-SECURITISATION)
 * @param organisationId the claiming enterprise
 * @param productCode the product's code
 * @param previousStatus its status before, null for a claim just filed
 * @param status RESERVED, RESERVED_PARTIAL, QUEUED, VOIDED or REFUSED
 * @param previousAmount what it reserved before, CNY
 * @param reservedAmount what it reserves now, CNY
 * @param cause FILING, VOID or REFUSAL: what moved the queue
 * @param causeClaimId the claim that was filed, voided or refused
 * @param changedAt when
 */
public record SecuritisationReservationChangedV1(
    UUID claimId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String productCode,
    String previousStatus,
    String status,
    BigDecimal previousAmount,
    BigDecimal reservedAmount,
    String cause,
    UUID causeClaimId,
    OffsetDateTime changedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return claimId.toString();
  }
}
