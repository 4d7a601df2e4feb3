package cn.gov.guizhou.ipp.monitoring.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The risk assessment report (风险评估报告) of a period, every six months: each project's colour at the
 * period's end, how many of each colour, the colour changes, warning notices and disposal
 * recommendations of the period, and what each level calls for. Everything in it is read as of the
 * period (histories and timestamps), so the same period gives the same report.
 *
 * @param from the period's first day (Asia/Shanghai)
 * @param to its last day
 * @param colourRules the colour rules' version the response plans go with
 * @param counts projects by colour at the period's end (GREEN, YELLOW, RED)
 * @param projects every project monitored by the period's end with its colour then, by reference
 * @param colourChanges the colour changes of the period, oldest first
 * @param noticesIssued warning notices issued in the period
 * @param noticesClosed warning notices closed in the period
 * @param noticesOverdue warning notices whose rectification fell due in the period and was not
 *     accepted or closed by then
 * @param recommendations disposal recommendations made in the period, with what the bureau decided
 *     by the period's end
 * @param responsePlans what each level calls for
 */
public record RiskAssessmentReport(
    LocalDate from,
    LocalDate to,
    String colourRules,
    Map<String, Long> counts,
    List<ProjectColour> projects,
    List<ColourChange> colourChanges,
    List<Notice> noticesIssued,
    List<Notice> noticesClosed,
    List<Notice> noticesOverdue,
    List<Recommendation> recommendations,
    List<RiskResponsePlans.ResponsePlan> responsePlans) {

  /**
   * A project's colour at the period's end.
   *
   * @param projectId the project
   * @param reference its reference
   * @param trackCode its track
   * @param firmClientId its firm
   * @param colour GREEN when it never changed colour by then
   * @param reasons why
   * @param since when it took that colour, null for GREEN from the start
   * @param response what its level calls for
   */
  public record ProjectColour(
      UUID projectId,
      String reference,
      String trackCode,
      String firmClientId,
      String colour,
      List<String> reasons,
      OffsetDateTime since,
      List<String> response) {}

  /**
   * A colour change.
   *
   * @param reference the project
   * @param previous the colour before
   * @param colour the colour after
   * @param reasons why
   * @param rules the rules' version
   * @param changedAt when
   */
  public record ColourChange(
      String reference,
      String previous,
      String colour,
      List<String> reasons,
      String rules,
      OffsetDateTime changedAt) {}

  /**
   * A warning notice.
   *
   * @param id the notice
   * @param reference the project
   * @param quarter the review that caused it
   * @param lagPoints the lag then
   * @param rectificationDue by when its rectification was due
   * @param issuedAt when it was issued
   * @param closedAt when it closed, if it did within the period
   * @param closingReason why, if it closed within the period
   */
  public record Notice(
      UUID id,
      String reference,
      String quarter,
      BigDecimal lagPoints,
      LocalDate rectificationDue,
      OffsetDateTime issuedAt,
      OffsetDateTime closedAt,
      String closingReason) {}

  /**
   * A disposal recommendation.
   *
   * @param id the recommendation
   * @param reference the project
   * @param reasons why
   * @param recommendedAt when
   * @param statusAtEnd OPEN or HANDLED at the period's end
   * @param decision what the bureau decided, if it did by the period's end
   */
  public record Recommendation(
      UUID id,
      String reference,
      List<String> reasons,
      OffsetDateTime recommendedAt,
      String statusAtEnd,
      String decision) {}
}
