package cn.gov.guizhou.ipp.monitoring.tracking;

import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project's report in a tracking round: what the unit reported and what the firm verified.
 *
 * @param projectId the project
 * @param reference its reference
 * @param quarter the round
 * @param reviewDate the round's review date
 * @param reportDeadline by when the unit reports
 * @param unitTasks the unit's completion per task, percent; null until it reports
 * @param unitNote its account of the quarter
 * @param evidence its evidence, one line each (documents, links, descriptions)
 * @param unitReportedAt when it reported
 * @param late whether it reported after the deadline (or has not reported and the deadline passed)
 * @param verifiedTasks the firm's verified completion per task; null until verified
 * @param verificationMethod SITE_VISIT, DOCUMENT_CHECK or INTERVIEW
 * @param verificationNote what the firm found
 * @param verifiedAt when
 * @param plannedCompletion the plan's cumulative completion for the quarter, once verified
 * @param actualCompletion the verified weighted completion
 * @param lagPoints the lag
 * @param deviations the task deviations the firm found on verification (任务执行偏离), if any
 */
public record RoundReport(
    UUID projectId,
    String reference,
    String quarter,
    LocalDate reviewDate,
    LocalDate reportDeadline,
    Map<String, BigDecimal> unitTasks,
    String unitNote,
    List<String> evidence,
    OffsetDateTime unitReportedAt,
    boolean late,
    Map<String, BigDecimal> verifiedTasks,
    String verificationMethod,
    String verificationNote,
    OffsetDateTime verifiedAt,
    BigDecimal plannedCompletion,
    BigDecimal actualCompletion,
    BigDecimal lagPoints,
    List<DeviationRule.Deviation> deviations) {}
