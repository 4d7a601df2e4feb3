package cn.gov.guizhou.ipp.monitoring.reports.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.reports.ReportCsv;
import cn.gov.guizhou.ipp.monitoring.reports.RiskAssessmentReport;
import cn.gov.guizhou.ipp.monitoring.reports.RiskAssessments;
import cn.gov.guizhou.ipp.monitoring.reports.TaskExecutionReport;
import cn.gov.guizhou.ipp.monitoring.reports.TaskExecutionReports;
import cn.gov.guizhou.ipp.monitoring.rules.Quarters;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring reports of a period, as JSON or as a CSV file: the bureau and dashboards see every
 * project, a risk-control firm only the projects it is contracted for.
 */
@RestController
public class ReportController {

  static final String READERS =
      "hasAnyRole('risk-monitor', 'programme-officer', 'dashboard-viewer', 'bureau-admin')";

  private final TaskExecutionReports taskExecution;
  private final RiskAssessments riskAssessments;

  public ReportController(TaskExecutionReports taskExecution, RiskAssessments riskAssessments) {
    this.taskExecution = taskExecution;
    this.riskAssessments = riskAssessments;
  }

  /** The quarterly task-execution report. */
  @Operation(summary = "Get the task execution report of a quarter")
  @GetMapping("/api/monitoring/reports/task-execution")
  @PreAuthorize(READERS)
  public TaskExecutionReport taskExecution(
      @RequestParam(required = false) String quarter, Authentication authentication) {
    return taskExecution.of(
        quarter(quarter), ProjectAccess.firmScope(CurrentUser.from(authentication)));
  }

  @Operation(summary = "Download the task execution report as CSV")
  @GetMapping("/api/monitoring/reports/task-execution.csv")
  @PreAuthorize(READERS)
  public ResponseEntity<byte[]> taskExecutionCsv(
      @RequestParam(required = false) String quarter, Authentication authentication) {
    TaskExecutionReport report =
        taskExecution.of(
            quarter(quarter), ProjectAccess.firmScope(CurrentUser.from(authentication)));
    return CsvFile.attachment(
        "task-execution-" + report.quarter() + ".csv", ReportCsv.taskExecution(report));
  }

  /** The risk assessment of a period (every six months: 2027-01-01 to 2027-06-30). */
  @Operation(summary = "Get the risk assessment report for a period")
  @GetMapping("/api/monitoring/reports/risk-assessment")
  @PreAuthorize(READERS)
  public RiskAssessmentReport riskAssessment(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Authentication authentication) {
    LocalDate[] period = period(from, to);
    LocalDate start = period[0];
    LocalDate end = period[1];
    return riskAssessments.of(
        start, end, ProjectAccess.firmScope(CurrentUser.from(authentication)));
  }

  @Operation(summary = "Download the risk assessment report as CSV")
  @GetMapping("/api/monitoring/reports/risk-assessment.csv")
  @PreAuthorize(READERS)
  public ResponseEntity<byte[]> riskAssessmentCsv(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Authentication authentication) {
    LocalDate[] period = period(from, to);
    LocalDate start = period[0];
    LocalDate end = period[1];
    return CsvFile.attachment(
        "risk-assessment-" + start + "-" + end + ".csv",
        ReportCsv.riskAssessment(
            riskAssessments.of(
                start, end, ProjectAccess.firmScope(CurrentUser.from(authentication)))));
  }

  private static String quarter(String quarter) {
    if (quarter == null || !quarter.matches(Quarters.PATTERN)) {
      throw new InvalidFieldException("quarter", "is required, a quarter such as 2027-Q2");
    }
    return quarter;
  }

  /** The period from..to; each bound that is missing or no date is named, both at once. */
  private static LocalDate[] period(String from, String to) {
    List<FieldViolation> violations = new ArrayList<>();
    LocalDate start = date("from", from, violations);
    LocalDate end = date("to", to, violations);
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
    if (end.isBefore(start)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    if (end.isAfter(start.plusYears(5))) {
      throw new InvalidFieldException("to", "a period is at most five years");
    }
    return new LocalDate[] {start, end};
  }

  private static LocalDate date(String field, String value, List<FieldViolation> violations) {
    if (value == null) {
      violations.add(new FieldViolation(field, "is required, a date such as 2027-06-30"));
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "must be a date such as 2027-06-30"));
      return null;
    }
  }
}
