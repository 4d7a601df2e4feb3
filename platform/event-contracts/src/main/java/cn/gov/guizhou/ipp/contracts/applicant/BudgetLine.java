package cn.gov.guizhou.ipp.contracts.applicant;

import java.math.BigDecimal;

/**
 * One category of an application's budget of the provincial funds. The lines add up to the
 * requested amount.
 *
 * @param category the expenditure category (EQUIPMENT, MATERIALS, TESTING_AND_PROCESSING,
 *     TRAVEL_AND_MEETINGS, INTERNATIONAL_COOPERATION, PUBLICATION_AND_IP, LABOUR,
 *     EXPERT_CONSULTING, OUTSOURCED_SERVICES, OTHER)
 * @param amount CNY, two decimals
 * @param note what it pays for
 */
public record BudgetLine(String category, BigDecimal amount, String note) {}
