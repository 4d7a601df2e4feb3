package cn.gov.guizhou.ipp.contracts.funding;

import cn.gov.guizhou.ipp.contracts.IntegrationEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A funded unit recorded what it spent of its grant against one of its approved budget categories.
 * monitoring-service judges its compliance.
 *
 * @param expenditureId the record
 * @param applicationId the grant (the awarded application's id)
 * @param reference the grant's human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param organisationId the funded unit
 * @param category the approved budget category (as in the application's budget)
 * @param amount CNY, positive
 * @param spentOn the date of the expense
 * @param payee who was paid
 * @param description what it paid for
 * @param voucher the voucher attached
 * @param approvedInCategory the category's approved budget, CNY
 * @param spentInCategory what the category has spent, this record included, CNY
 * @param recordedBy the member who recorded it (token subject)
 * @param recordedAt when
 */
public record ExpenditureRecordedV1(
    UUID expenditureId,
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID organisationId,
    String category,
    BigDecimal amount,
    LocalDate spentOn,
    String payee,
    String description,
    Voucher voucher,
    BigDecimal approvedInCategory,
    BigDecimal spentInCategory,
    String recordedBy,
    OffsetDateTime recordedAt)
    implements IntegrationEvent {

  @Override
  public String aggregateId() {
    return applicationId.toString();
  }

  /**
   * The voucher (凭证) of an expense, kept by funding-service.
   *
   * @param filename as uploaded
   * @param contentType its media type
   * @param sizeBytes its size
   * @param sha256 its SHA-256, hex
   */
  public record Voucher(String filename, String contentType, long sizeBytes, String sha256) {}
}
