package cn.gov.guizhou.ipp.monitoring.funduse;

import cn.gov.guizhou.ipp.monitoring.funduse.FundUseReport.FlagCounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The ex-post review of a project's final accounts (决算): what was paid and spent, what remains, how
 * efficiently the money was used and how each budget category was executed.
 *
 * @param projectId the project
 * @param reference its reference
 * @param callYear the call's year
 * @param trackCode the track
 * @param status ACTIVE or CLOSED
 * @param awarded the award, CNY
 * @param implementationStart the implementation period's first day, null if not known
 * @param implementationEnd its last day, null if not known
 * @param disbursed paid so far, CNY
 * @param undisbursed awarded − disbursed, CNY
 * @param spent spent so far, CNY
 * @param balance disbursed − spent, CNY
 * @param carryOver the unspent balance at the implementation period's end (paid − spent up to that
 *     day), CNY; null when the period is not known
 * @param spentAfterPeriodEnd spent after the period's end, CNY
 * @param efficiencyPercent spent / disbursed, percent with two decimals; null before any payment
 * @param categories execution by budget category
 * @param flags every flag of the project, by its current status
 */
public record FinalAccounts(
    UUID projectId,
    String reference,
    int callYear,
    String trackCode,
    String status,
    BigDecimal awarded,
    LocalDate implementationStart,
    LocalDate implementationEnd,
    BigDecimal disbursed,
    BigDecimal undisbursed,
    BigDecimal spent,
    BigDecimal balance,
    BigDecimal carryOver,
    BigDecimal spentAfterPeriodEnd,
    BigDecimal efficiencyPercent,
    List<CategoryExecution> categories,
    FlagCounts flags) {

  /**
   * One budget category.
   *
   * @param category the category
   * @param approved approved, CNY; zero for a category outside the budget
   * @param spent spent, CNY
   * @param remaining approved − spent, CNY (negative when beyond the budget)
   * @param executionRatePercent spent / approved, percent with two decimals; null when nothing was
   *     approved
   */
  public record CategoryExecution(
      String category,
      BigDecimal approved,
      BigDecimal spent,
      BigDecimal remaining,
      BigDecimal executionRatePercent) {}
}
