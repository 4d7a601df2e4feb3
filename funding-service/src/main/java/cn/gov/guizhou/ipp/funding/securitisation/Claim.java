package cn.gov.guizhou.ipp.funding.securitisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A securitisation subsidy claim as the platform keeps it.
 *
 * @param id the claim
 * @param reference its human reference, {@code <year>-SEC-<sequence>}
 * @param callYear the call's year
 * @param sequence its place in the year's filing order
 * @param ruleVersion the track's rule version it was computed under
 * @param organisationId the claiming enterprise
 * @param creditCode its unified social credit code
 * @param legalName its legal name
 * @param region the region it declared in applicant-service when it filed (null if not recorded)
 * @param productName the securitisation product
 * @param productCode the product's code
 * @param issuanceAmount the product's issuance amount, CNY
 * @param issueDate when the product was issued
 * @param endDate when the product ends
 * @param financingAmount the enterprise's actual financing within the product, CNY
 * @param uncappedSubsidy the subsidy before the year's cap, CNY
 * @param reservedAmount what the claim reserves of the year's cap (what it was paid, once paid)
 * @param status RESERVED, RESERVED_PARTIAL, QUEUED, VOIDED, REFUSED or PAID
 * @param voidReason why it was voided, if it was
 * @param filedAt when it was filed
 * @param materials the files filed with it
 * @param incidents defaults and overdue repayments recorded against its product
 * @param payment its payment, once paid
 * @param refusal why it will not be paid, once refused
 * @param completion the confirmation that its product ran to its end without overdue payment or
 *     default, once confirmed
 */
public record Claim(
    UUID id,
    String reference,
    int callYear,
    int sequence,
    int ruleVersion,
    UUID organisationId,
    String creditCode,
    String legalName,
    String region,
    String productName,
    String productCode,
    BigDecimal issuanceAmount,
    LocalDate issueDate,
    LocalDate endDate,
    BigDecimal financingAmount,
    BigDecimal uncappedSubsidy,
    BigDecimal reservedAmount,
    String status,
    String voidReason,
    OffsetDateTime filedAt,
    List<Material> materials,
    List<Incident> incidents,
    Payment payment,
    Refusal refusal,
    Completion completion) {

  /**
   * A file filed with a claim (its content is kept, not shown here).
   *
   * @param materialId the catalogue's material id
   * @param filename the file's name as the client gave it
   * @param contentType its media type, told from its content
   * @param size bytes
   * @param sha256 the content's SHA-256, hex
   */
  public record Material(
      String materialId, String filename, String contentType, long size, String sha256) {}

  /**
   * A default or overdue repayment of the claim's product.
   *
   * @param id the record
   * @param kind DEFAULT or OVERDUE
   * @param occurredOn when it happened
   * @param note what happened
   * @param recordedAt when it was recorded
   */
  public record Incident(
      UUID id, String kind, LocalDate occurredOn, String note, OffsetDateTime recordedAt) {}

  /**
   * The claim's payment.
   *
   * @param id the payment
   * @param amount what was paid, CNY
   * @param paymentReference the treasury's reference
   * @param paidOn the value date
   * @param creditCheckId the clear credit check it relied on
   * @param recordedAt when it was recorded
   */
  public record Payment(
      UUID id,
      BigDecimal amount,
      String paymentReference,
      LocalDate paidOn,
      UUID creditCheckId,
      OffsetDateTime recordedAt) {}

  /**
   * Why a claim will not be paid: what the enterprise is told.
   *
   * @param ground DEFAULT, OVERDUE, CREDIT_RECORD, QUALIFICATION_WITHDRAWN or
   *     NOT_REGISTERED_IN_GUIZHOU
   * @param explanationZh the ground, in Chinese
   * @param explanationEn the ground, in English
   * @param reason what happened, as recorded
   * @param releasedAmount what the claim reserved and released, CNY
   * @param refusedAt when
   */
  public record Refusal(
      String ground,
      String explanationZh,
      String explanationEn,
      String reason,
      BigDecimal releasedAmount,
      OffsetDateTime refusedAt) {}

  /**
   * A finance officer's confirmation that the product ran to its end without overdue payment or
   * default.
   *
   * @param endedOn when the product ended
   * @param note what the officer checked
   * @param evidence the evidence filed with it (its content is kept, not shown here)
   * @param confirmedAt when it was confirmed
   */
  public record Completion(
      LocalDate endedOn, String note, Material evidence, OffsetDateTime confirmedAt) {}
}
