package cn.gov.guizhou.ipp.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The quarterly task-execution report (任务执行情况报告): every project of the quarter's tracking round
 * with its planned and verified completion from the progress ledger, and the figures overall.
 *
 * @param quarter the quarter ({@code 2027-Q2})
 * @param reviewDate the round's review date
 * @param reportDeadline the round's report deadline
 * @param warningLagPoints the lag at or above which a warning notice is due
 * @param seriousLagPoints the lag above which the lag is serious
 * @param overall the figures of every project in the report
 * @param projects the projects, by reference
 */
public record TaskExecutionReport(
    String quarter,
    LocalDate reviewDate,
    LocalDate reportDeadline,
    BigDecimal warningLagPoints,
    BigDecimal seriousLagPoints,
    Overall overall,
    List<ProjectLine> projects) {

  /**
   * One project.
   *
   * @param projectId the project
   * @param reference its reference
   * @param trackCode its track
   * @param firmClientId the firm contracted for it, if any
   * @param reported whether the unit reported
   * @param reportLate whether the unit reported late (or not at all by the deadline)
   * @param verified whether the firm verified the quarter
   * @param verificationMethod how (SITE_VISIT, DOCUMENT_CHECK, INTERVIEW)
   * @param plannedCompletion the plan's completion for the quarter, percent, once verified
   * @param actualCompletion the verified completion, percent
   * @param lagPoints the lag, percentage points
   * @param warningDue whether the lag calls for a warning notice
   * @param serious whether the lag is serious
   */
  public record ProjectLine(
      UUID projectId,
      String reference,
      String trackCode,
      String firmClientId,
      boolean reported,
      boolean reportLate,
      boolean verified,
      String verificationMethod,
      BigDecimal plannedCompletion,
      BigDecimal actualCompletion,
      BigDecimal lagPoints,
      boolean warningDue,
      boolean serious) {}

  /**
   * The figures overall.
   *
   * @param projects projects in the round
   * @param verified of which verified
   * @param averageLagPoints the average lag of the verified ones, null when none
   * @param atOrAboveWarning verified projects lagging by the warning threshold or more (10 points)
   * @param overSerious verified projects lagging by more than the serious threshold (30 points)
   * @param lateReports projects whose unit reported late or not at all
   */
  public record Overall(
      int projects,
      int verified,
      BigDecimal averageLagPoints,
      int atOrAboveWarning,
      int overSerious,
      int lateReports) {}
}
