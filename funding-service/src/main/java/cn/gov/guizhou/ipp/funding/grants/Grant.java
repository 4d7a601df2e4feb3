package cn.gov.guizhou.ipp.funding.grants;

import cn.gov.guizhou.ipp.contracts.programme.FundingRule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A grant and its tranches.
 *
 * @param applicationId the awarded application (the grant's id)
 * @param reference its human reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param leadOrganisationId the funded unit
 * @param leadCreditCode its credit code
 * @param awardedAmount the amount awarded now
 * @param committedAmount the most the grant can pay, committed against the track's budget
 * @param fundingRule the track's rule
 * @param status ACTIVE; REFUSED_OVER_BUDGET when committing it would exceed what the track had left
 *     when its decision's awards were committed in rank order (or when it is ranked after one that
 *     did); FAILED_ACCEPTANCE after a final acceptance failure
 * @param onHold whether its tranches are held (a RED risk alert or an officer) until an officer
 *     lifts the hold
 * @param refusal why it was refused
 * @param awardedAt when
 * @param tranches its schedule
 * @param balance what remains committed to it in the ledger
 */
public record Grant(
    UUID applicationId,
    String reference,
    int callYear,
    String trackCode,
    UUID leadOrganisationId,
    String leadCreditCode,
    BigDecimal awardedAmount,
    BigDecimal committedAmount,
    FundingRule fundingRule,
    String status,
    boolean onHold,
    String refusal,
    OffsetDateTime awardedAt,
    List<Tranche> tranches,
    BigDecimal balance) {

  /**
   * A tranche of the grant.
   *
   * @param sequence its order
   * @param trigger what makes it due
   * @param amount its amount, once known
   * @param minimum the least an evaluation may set
   * @param maximum the most it can be
   * @param status PLANNED, DUE, LAPSED or PAID
   * @param descriptionZh what it is
   * @param descriptionEn in English
   * @param note why it was cut or refused (e.g. the per-unit ceiling of DATA-IP-LEADER), if it was
   */
  public record Tranche(
      int sequence,
      String trigger,
      BigDecimal amount,
      BigDecimal minimum,
      BigDecimal maximum,
      String status,
      String descriptionZh,
      String descriptionEn,
      String note) {}
}
