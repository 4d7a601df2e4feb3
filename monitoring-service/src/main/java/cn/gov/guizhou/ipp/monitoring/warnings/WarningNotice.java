package cn.gov.guizhou.ipp.monitoring.warnings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A warning notice (预警告知书) with the figures that caused it and its rectification plans.
 *
 * @param id the notice
 * @param projectId the project
 * @param quarter the tracking round whose review caused it
 * @param reviewDate that review's date
 * @param plannedCompletion planned completion then, percent
 * @param actualCompletion verified completion then, percent
 * @param lagPoints the lag, percentage points
 * @param rectificationDue by when a rectification plan must be accepted
 * @param status OPEN, PLAN_FILED, PLAN_ACCEPTED, CLOSED or OVERDUE
 * @param issuedAt when
 * @param closedAt when it closed
 * @param closingReason why it closed
 * @param plans the rectification plans filed, oldest first
 */
public record WarningNotice(
    UUID id,
    UUID projectId,
    String quarter,
    LocalDate reviewDate,
    BigDecimal plannedCompletion,
    BigDecimal actualCompletion,
    BigDecimal lagPoints,
    LocalDate rectificationDue,
    String status,
    OffsetDateTime issuedAt,
    OffsetDateTime closedAt,
    String closingReason,
    List<Plan> plans) {

  /**
   * A rectification plan (整改方案).
   *
   * @param id the plan
   * @param content what the unit will do
   * @param measures the measures, one each, with their deadlines as the unit writes them
   * @param filedBy who filed it
   * @param filedAt when
   * @param decision ACCEPTED or RETURNED, once the firm decided
   * @param decidedBy the firm
   * @param decidedAt when
   * @param decisionReason why
   */
  public record Plan(
      UUID id,
      String content,
      List<String> measures,
      String filedBy,
      OffsetDateTime filedAt,
      String decision,
      String decidedBy,
      OffsetDateTime decidedAt,
      String decisionReason) {}
}
