package cn.gov.guizhou.ipp.monitoring.funduse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The fund-use supervision report (资金使用监管报告) of a period, usually a half-year. Money is counted by
 * value date (disbursements) and expense date (expenditure); the flags counted are those of the
 * period's expenditure, with their status as at the end of the period's last day (Beijing time).
 * Projects are those with money paid or spent by the period's end, by reference.
 *
 * @param period the period reported on
 * @param projects one line per project
 * @param totals the sums of the lines
 */
public record FundUseReport(Period period, List<ProjectLine> projects, Totals totals) {

  /**
   * The period, both days included.
   *
   * @param from the first day
   * @param to the last day
   */
  public record Period(LocalDate from, LocalDate to) {}

  /**
   * One project.
   *
   * @param projectId the project
   * @param reference its reference
   * @param callYear the call's year
   * @param trackCode the track
   * @param firmClientId the firm monitoring it, null if none yet
   * @param awarded the award, CNY
   * @param disbursedInPeriod paid in the period, CNY
   * @param disbursedToDate paid up to the period's end, CNY
   * @param spentInPeriod spent in the period, CNY
   * @param spentToDate spent up to the period's end, CNY
   * @param categories spending by category against the approved budget
   * @param flags the flags of the period's expenditure
   */
  public record ProjectLine(
      UUID projectId,
      String reference,
      int callYear,
      String trackCode,
      String firmClientId,
      BigDecimal awarded,
      BigDecimal disbursedInPeriod,
      BigDecimal disbursedToDate,
      BigDecimal spentInPeriod,
      BigDecimal spentToDate,
      List<CategoryLine> categories,
      FlagCounts flags) {}

  /**
   * One budget category of a project.
   *
   * @param category the category
   * @param approved its approved budget, CNY; zero for a category outside the budget
   * @param spentInPeriod spent in the period, CNY
   * @param spentToDate spent up to the period's end, CNY
   * @param executionRatePercent spentToDate / approved, percent with two decimals; null when
   *     nothing was approved
   */
  public record CategoryLine(
      String category,
      BigDecimal approved,
      BigDecimal spentInPeriod,
      BigDecimal spentToDate,
      BigDecimal executionRatePercent) {}

  /**
   * Flags counted.
   *
   * @param raised flags raised
   * @param confirmed of them, confirmed
   * @param misappropriations of the confirmed, misappropriation
   * @param dismissed dismissed
   * @param open neither
   */
  public record FlagCounts(
      int raised, int confirmed, int misappropriations, int dismissed, int open) {

    public static final FlagCounts NONE = new FlagCounts(0, 0, 0, 0, 0);

    public FlagCounts plus(FlagCounts other) {
      return new FlagCounts(
          raised + other.raised,
          confirmed + other.confirmed,
          misappropriations + other.misappropriations,
          dismissed + other.dismissed,
          open + other.open);
    }
  }

  /**
   * The sums over the projects.
   *
   * @param projects how many projects
   * @param awarded awarded, CNY
   * @param disbursedInPeriod paid in the period, CNY
   * @param disbursedToDate paid up to the period's end, CNY
   * @param spentInPeriod spent in the period, CNY
   * @param spentToDate spent up to the period's end, CNY
   * @param flags the flags of the period's expenditure
   */
  public record Totals(
      int projects,
      BigDecimal awarded,
      BigDecimal disbursedInPeriod,
      BigDecimal disbursedToDate,
      BigDecimal spentInPeriod,
      BigDecimal spentToDate,
      FlagCounts flags) {}
}
