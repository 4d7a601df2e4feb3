package cn.gov.guizhou.ipp.funding.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment, as recorded.
 *
 * @param id the payment
 * @param kind TRANCHE or SECURITISATION_SUBSIDY
 * @param grantId the grant or claim paid
 * @param trancheSequence the tranche, for a TRANCHE
 * @param organisationId the paid organisation
 * @param creditCode its credit code
 * @param amount what the payment settles, CNY
 * @param offsetAmount the part kept back against the organisation's recovery orders
 * @param cashAmount the part transferred
 * @param paymentReference the treasury's reference
 * @param paidOn the value date
 * @param creditCheckId the clear credit check it relied on
 * @param paidBy who recorded it
 * @param recordedAt when
 */
public record Payment(
    UUID id,
    String kind,
    UUID grantId,
    Integer trancheSequence,
    UUID organisationId,
    String creditCode,
    BigDecimal amount,
    BigDecimal offsetAmount,
    BigDecimal cashAmount,
    String paymentReference,
    LocalDate paidOn,
    UUID creditCheckId,
    String paidBy,
    OffsetDateTime recordedAt) {}
