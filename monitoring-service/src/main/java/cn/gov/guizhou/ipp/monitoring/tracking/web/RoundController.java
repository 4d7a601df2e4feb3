package cn.gov.guizhou.ipp.monitoring.tracking.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule;
import cn.gov.guizhou.ipp.monitoring.rules.Quarters;
import cn.gov.guizhou.ipp.monitoring.tracking.RoundReport;
import cn.gov.guizhou.ipp.monitoring.tracking.TrackingRounds;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quarterly tracking: the bureau opens a round; each funded unit reports its progress per task; the
 * firm contracted for the project verifies it, which writes the progress ledger.
 */
@RestController
public class RoundController {

  private static final String QUARTER = Quarters.PATTERN;

  private final TrackingRounds rounds;
  private final MonitoredProjects projects;
  private final ProjectAccess access;

  public RoundController(TrackingRounds rounds, MonitoredProjects projects, ProjectAccess access) {
    this.rounds = rounds;
    this.projects = projects;
    this.access = access;
  }

  @Operation(summary = "Open a quarterly tracking round")
  @ResponseStatus(HttpStatus.CREATED)
  @PostMapping("/api/monitoring/rounds")
  @PreAuthorize("hasRole('programme-officer')")
  public Map<String, Object> open(
      @Valid @RequestBody OpenRound request, Authentication authentication) {
    int opened =
        rounds.open(
            request.quarter(),
            request.reviewDate(),
            request.reportDeadline(),
            CurrentUser.from(authentication));
    return Map.of("quarter", request.quarter(), "projects", opened);
  }

  /** A round's reports: every project's for the bureau, its own projects' for a firm. */
  @Operation(summary = "List the unit reports of a tracking round")
  @GetMapping("/api/monitoring/rounds/{quarter}/reports")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'programme-officer', 'dashboard-viewer', 'bureau-admin')")
  public List<RoundReport> reports(
      @PathVariable @Pattern(regexp = QUARTER) String quarter, Authentication authentication) {
    CurrentUser caller = CurrentUser.from(authentication);
    return rounds.ofRound(quarter, ProjectAccess.firmScope(caller));
  }

  @Operation(summary = "Get a project's report and verification in a round")
  @GetMapping("/api/monitoring/projects/{projectId}/rounds/{quarter}")
  @PreAuthorize(
      "hasAnyRole('risk-monitor', 'applicant', 'programme-officer', 'dashboard-viewer',"
          + " 'bureau-admin')")
  public RoundReport report(
      @PathVariable UUID projectId,
      @PathVariable @Pattern(regexp = QUARTER) String quarter,
      Authentication authentication) {
    access.requireAny(projectId, authentication, "tracking.read");
    return rounds.get(projectId, quarter);
  }

  /** A member of the funded unit reports the quarter's progress per task, with evidence. */
  @Operation(summary = "Submit the unit's progress report for a round")
  @PutMapping("/api/monitoring/projects/{projectId}/rounds/{quarter}/report")
  @PreAuthorize("hasRole('applicant')")
  public RoundReport unitReport(
      @PathVariable UUID projectId,
      @PathVariable @Pattern(regexp = QUARTER) String quarter,
      @Valid @RequestBody UnitReport request,
      Authentication authentication) {
    var project = access.requireUnit(projectId, authentication, "tracking.report");
    return rounds.report(
        project,
        quarter,
        request.tasks(),
        request.note().strip(),
        request.evidence() == null ? List.of() : request.evidence(),
        CurrentUser.from(authentication));
  }

  /** The contracted firm records the progress it verified and how it verified it. */
  @Operation(summary = "Verify a project's progress in a round (writes the progress ledger)")
  @PostMapping("/api/monitoring/projects/{projectId}/rounds/{quarter}/verification")
  @PreAuthorize("hasRole('risk-monitor')")
  public RoundReport verify(
      @PathVariable UUID projectId,
      @PathVariable @Pattern(regexp = QUARTER) String quarter,
      @Valid @RequestBody Verification request,
      Authentication authentication) {
    CurrentUser firm = CurrentUser.from(authentication);
    access.requireFirm(projectId, firm, "tracking.verify");
    return rounds.verify(
        projects.get(projectId),
        quarter,
        request.tasks(),
        request.method(),
        request.note().strip(),
        request.deviations(),
        firm);
  }

  /**
   * A round to open.
   *
   * @param quarter {@code 2027-Q2}
   * @param reviewDate the review date of the round's ledger lines
   * @param reportDeadline by when units report
   */
  public record OpenRound(
      @NotNull @Pattern(regexp = QUARTER) String quarter,
      @NotNull LocalDate reviewDate,
      @NotNull LocalDate reportDeadline) {}

  /**
   * A unit's report.
   *
   * @param tasks completion per task code, percent (0..100), every task of the plan
   * @param note its account of the quarter
   * @param evidence the evidence, one line each
   */
  public record UnitReport(
      @NotEmpty Map<String, BigDecimal> tasks,
      @NotBlank @Size(max = 4000) String note,
      @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidence) {}

  /**
   * A firm's verification.
   *
   * @param tasks verified completion per task code, percent
   * @param method SITE_VISIT, DOCUMENT_CHECK or INTERVIEW
   * @param note what the firm found
   * @param deviations the task deviations it found (任务执行偏离): a task whose work departs from the
   *     plan in content (CONTENT) or whose milestone was missed (MILESTONE_MISSED), optional
   */
  public record Verification(
      @NotEmpty Map<String, BigDecimal> tasks,
      @NotNull @Pattern(regexp = "SITE_VISIT|DOCUMENT_CHECK|INTERVIEW") String method,
      @NotBlank @Size(max = 4000) String note,
      @Size(max = 50) List<DeviationRule.Deviation> deviations) {}
}
