package cn.gov.guizhou.ipp.funding.expenditure;

import cn.gov.guizhou.ipp.contracts.funding.ExpenditureRecordedV1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An expense of a grant.
 *
 * @param id the record
 * @param applicationId the grant
 * @param category its approved budget category
 * @param amount CNY
 * @param spentOn the date of the expense
 * @param payee who was paid
 * @param description what it paid for
 * @param voucher the voucher's description (its content is read separately)
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Expenditure(
    UUID id,
    UUID applicationId,
    String category,
    BigDecimal amount,
    LocalDate spentOn,
    String payee,
    String description,
    ExpenditureRecordedV1.Voucher voucher,
    String recordedBy,
    OffsetDateTime recordedAt) {}
