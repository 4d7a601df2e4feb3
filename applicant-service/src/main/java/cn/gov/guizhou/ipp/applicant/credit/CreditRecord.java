package cn.gov.guizhou.ipp.applicant.credit;

import java.time.LocalDate;

/**
 * A record a registry holds against an organisation.
 *
 * @param category e.g. ADMINISTRATIVE_PENALTY (行政处罚), ABNORMAL_OPERATION (经营异常), SERIOUS_DISHONESTY
 *     (严重失信), DISHONEST_LIST, FAILED_ANNUAL_INSPECTION, SERIOUS_PROCUREMENT_VIOLATION
 * @param reference the registry's reference of the decision
 * @param decidedOn date of the decision
 * @param authority the authority that decided
 * @param description what it says
 */
public record CreditRecord(
    String category, String reference, LocalDate decidedOn, String authority, String description) {}
