package cn.gov.guizhou.ipp.funding.securitisation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A year's securitisation claims in filing order, with what the cap still allows.
 *
 * @param callYear the call's year
 * @param cap what the year's claims may reserve in total
 * @param reserved what live and paid claims reserve
 * @param remaining what is left of the cap
 * @param claims every claim, in filing order
 */
public record ClaimQueueView(
    int callYear, BigDecimal cap, BigDecimal reserved, BigDecimal remaining, List<Entry> claims) {

  /**
   * One claim in the queue.
   *
   * @param id the claim
   * @param callYear the call whose queue it is in
   * @param reference its human reference
   * @param sequence its place in filing order
   * @param organisationId the enterprise
   * @param legalName its legal name
   * @param productName the product
   * @param productCode the product's code
   * @param issuanceAmount the product's issuance amount
   * @param financingAmount the enterprise's financing within it
   * @param uncappedSubsidy the subsidy before the cap
   * @param reservedAmount what it reserves
   * @param status its status
   * @param filedAt when it was filed
   */
  public record Entry(
      UUID id,
      int callYear,
      String reference,
      int sequence,
      UUID organisationId,
      String legalName,
      String productName,
      String productCode,
      BigDecimal issuanceAmount,
      BigDecimal financingAmount,
      BigDecimal uncappedSubsidy,
      BigDecimal reservedAmount,
      String status,
      OffsetDateTime filedAt) {}
}
