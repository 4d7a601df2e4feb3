package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.CreditRecordType;
import cn.gov.guizhou.ipp.kit.web.CreditNotClearException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One credit check, as kept.
 *
 * @param id id of the check
 * @param organisationId the organisation checked
 * @param creditCode its credit code at the time
 * @param registry where it was checked
 * @param outcome how it ended
 * @param records every record the registry holds, refusing or not (a CLEAR check may hold records
 *     of categories the guide does not name: shown, refusing nothing)
 * @param detail why it is UNAVAILABLE, if it is
 * @param checkedAt when
 * @param recordTypes the record types found that refuse (empty unless RECORDS_FOUND)
 * @param unavailableReason why it is UNAVAILABLE, if it is
 */
public record CreditCheck(
    UUID id,
    UUID organisationId,
    String creditCode,
    CreditRegistry registry,
    CreditCheckOutcome outcome,
    List<CreditRecord> records,
    String detail,
    OffsetDateTime checkedAt,
    List<CreditRecordType> recordTypes,
    UnavailableReason unavailableReason) {

  public CreditCheck {
    records = List.copyOf(records);
    recordTypes = recordTypes == null ? List.of() : List.copyOf(recordTypes);
  }

  /** The event that tells other services the check was made. */
  public CreditCheckCompletedV1 completed() {
    return new CreditCheckCompletedV1(
        id,
        organisationId,
        creditCode,
        registry.name(),
        outcome.name(),
        outcome == CreditCheckOutcome.RECORDS_FOUND
            ? (int)
                records.stream()
                    .filter(
                        r -> CreditRecordType.refusing(registry.name(), r.category()).isPresent())
                    .count()
            : 0,
        checkedAt,
        recordTypes.stream().map(Enum::name).toList(),
        unavailableReason == null ? null : unavailableReason.name());
  }

  /** Whether the organisation may be treated as having a clean record. */
  public boolean clear() {
    return outcome == CreditCheckOutcome.CLEAR;
  }

  /** The refusal this check calls for: none if CLEAR. */
  public Optional<CreditNotClearException> refusal() {
    return CreditNotClearException.unlessClear(
        creditCode,
        registry.name(),
        outcome.name(),
        recordTypes.stream().map(Enum::name).toList(),
        unavailableReason == null ? null : unavailableReason.name(),
        id);
  }
}
