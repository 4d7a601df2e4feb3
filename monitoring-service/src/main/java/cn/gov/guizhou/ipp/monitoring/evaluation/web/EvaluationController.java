package cn.gov.guizhou.ipp.monitoring.evaluation.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.evaluation.Evaluation;
import cn.gov.guizhou.ipp.monitoring.evaluation.EvaluationCsv;
import cn.gov.guizhou.ipp.monitoring.evaluation.EvaluationReport;
import cn.gov.guizhou.ipp.monitoring.evaluation.Evaluations;
import cn.gov.guizhou.ipp.monitoring.evaluation.IndicatorSystem;
import cn.gov.guizhou.ipp.monitoring.evaluation.PerformanceIndicators;
import cn.gov.guizhou.ipp.monitoring.evaluation.Scoring;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import cn.gov.guizhou.ipp.monitoring.reports.web.CsvFile;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Performance evaluation: the indicator system of a track, a project's evaluation (the contracted
 * firm or a programme officer scores it) and the year's evaluation report, as JSON or CSV.
 */
@RestController
public class EvaluationController {

  private static final String READERS =
      "hasAnyRole('risk-monitor', 'programme-officer', 'dashboard-viewer', 'bureau-admin')";

  private final Evaluations evaluations;
  private final PerformanceIndicators indicators;
  private final ProjectAccess access;

  public EvaluationController(
      Evaluations evaluations, PerformanceIndicators indicators, ProjectAccess access) {
    this.evaluations = evaluations;
    this.indicators = indicators;
    this.access = access;
  }

  /** The indicators a project of the track is scored on (the default system without a track). */
  @Operation(summary = "List the performance evaluation indicators of a track")
  @GetMapping("/api/monitoring/evaluation/indicators")
  @PreAuthorize(READERS)
  public IndicatorSystem indicators(@RequestParam(required = false) String track) {
    if (track != null && !track.matches("[A-Z0-9-]{1,40}")) {
      throw new InvalidFieldException("track", "must be a track code such as HVP");
    }
    return indicators.forTrack(track);
  }

  @Operation(summary = "Score a project's performance evaluation indicators")
  @PutMapping("/api/monitoring/projects/{projectId}/evaluation")
  @PreAuthorize("hasAnyRole('risk-monitor', 'programme-officer')")
  public Evaluation evaluate(
      @PathVariable UUID projectId,
      @Valid @RequestBody EvaluationRequest request,
      Authentication authentication) {
    return evaluations.record(
        projectId,
        request.year(),
        request.scores(),
        request.recommendation().strip(),
        CurrentUser.from(authentication));
  }

  @Operation(summary = "Get a project's performance evaluation")
  @GetMapping("/api/monitoring/projects/{projectId}/evaluation")
  @PreAuthorize(READERS)
  public Evaluation evaluation(
      @PathVariable UUID projectId,
      @RequestParam(required = false) String year,
      Authentication authentication) {
    int y = year(year);
    access.require(projectId, CurrentUser.from(authentication), "evaluation.read");
    return evaluations
        .find(projectId, y)
        .orElseThrow(() -> new NotFoundException("performance-evaluation", projectId + "/" + y));
  }

  @Operation(summary = "Get the performance evaluation report of a year")
  @GetMapping("/api/monitoring/reports/evaluation")
  @PreAuthorize(READERS)
  public EvaluationReport report(
      @RequestParam(required = false) String year, Authentication authentication) {
    return evaluations.report(
        year(year), ProjectAccess.firmScope(CurrentUser.from(authentication)));
  }

  @Operation(summary = "Download the performance evaluation report as CSV")
  @GetMapping("/api/monitoring/reports/evaluation.csv")
  @PreAuthorize(READERS)
  public ResponseEntity<byte[]> reportCsv(
      @RequestParam(required = false) String year, Authentication authentication) {
    int y = year(year);
    byte[] csv =
        EvaluationCsv.of(
            evaluations.report(y, ProjectAccess.firmScope(CurrentUser.from(authentication))));
    return CsvFile.attachment("evaluation-" + y + ".csv", csv);
  }

  private static int year(String year) {
    if (year == null || !year.matches("20[0-9]{2}")) {
      throw new InvalidFieldException("year", "is required, a year such as 2027");
    }
    return Integer.parseInt(year);
  }

  /**
   * A project's evaluation.
   *
   * @param year the year evaluated
   * @param scores each indicator's score and comment, by indicator id
   * @param recommendation the evaluator's recommendation
   */
  public record EvaluationRequest(
      @NotNull Integer year,
      @NotEmpty Map<String, Scoring.IndicatorScore> scores,
      @NotBlank @Size(max = 4000) String recommendation) {}
}
