package cn.gov.guizhou.ipp.applicant.credit;

import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One credit check, as kept.
 *
 * @param id id of the check
 * @param organisationId the organisation checked
 * @param creditCode its credit code at the time
 * @param registry where it was checked
 * @param outcome how it ended
 * @param records the records found (empty unless RECORDS_FOUND)
 * @param detail why it is UNAVAILABLE, if it is
 * @param checkedAt when
 */
public record CreditCheck(
    UUID id,
    UUID organisationId,
    String creditCode,
    CreditRegistry registry,
    CreditCheckOutcome outcome,
    List<CreditRecord> records,
    String detail,
    OffsetDateTime checkedAt) {

  /** The event that tells other services the check was made. */
  public CreditCheckCompletedV1 completed() {
    return new CreditCheckCompletedV1(
        id, organisationId, creditCode, registry.name(), outcome.name(), records.size(), checkedAt);
  }

  /** Whether the organisation may be treated as having a clean record. */
  public boolean clear() {
    return outcome == CreditCheckOutcome.CLEAR;
  }
}
