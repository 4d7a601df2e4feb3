package cn.gov.guizhou.ipp.monitoring.reports;

import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.LagThreshold;
import cn.gov.guizhou.ipp.monitoring.tracking.RoundReport;
import cn.gov.guizhou.ipp.monitoring.tracking.TrackingRounds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the quarterly task-execution report from the round's reports and the ledger. */
@Service
public class TaskExecutionReports {

  private final JdbcClient jdbc;
  private final TrackingRounds rounds;
  private final MonitoredProjects projects;
  private final LagThreshold threshold;

  public TaskExecutionReports(
      JdbcClient jdbc, TrackingRounds rounds, MonitoredProjects projects, LagThreshold threshold) {
    this.jdbc = jdbc;
    this.rounds = rounds;
    this.projects = projects;
    this.threshold = threshold;
  }

  /**
   * The report of a quarter: every project of its round, or only a firm's.
   *
   * @param firmClientId the firm whose projects alone are shown, null for all
   * @throws NotFoundException when no round of the quarter was opened
   */
  @Transactional(readOnly = true)
  public TaskExecutionReport of(String quarter, String firmClientId) {
    record Round(LocalDate reviewDate, LocalDate deadline) {}
    Round round =
        jdbc.sql("select review_date, report_deadline from tracking_round where quarter = :q")
            .param("q", quarter)
            .query(
                (rs, i) ->
                    new Round(
                        rs.getObject("review_date", LocalDate.class),
                        rs.getObject("report_deadline", LocalDate.class)))
            .optional()
            .orElseThrow(() -> new NotFoundException("tracking-round", quarter));
    Map<UUID, MonitoredProject> known =
        projects.list(firmClientId, null).stream()
            .collect(Collectors.toMap(MonitoredProject::projectId, Function.identity()));
    List<TaskExecutionReport.ProjectLine> lines = new ArrayList<>();
    for (RoundReport r : rounds.ofRound(quarter, firmClientId)) {
      MonitoredProject p = known.get(r.projectId());
      boolean verified = r.verifiedAt() != null && r.lagPoints() != null;
      lines.add(
          new TaskExecutionReport.ProjectLine(
              r.projectId(),
              r.reference(),
              p == null ? null : p.trackCode(),
              p == null ? null : p.firmClientId(),
              r.unitReportedAt() != null,
              r.late(),
              verified,
              r.verificationMethod(),
              r.plannedCompletion(),
              r.actualCompletion(),
              r.lagPoints(),
              verified && threshold.warningDue(r.lagPoints()),
              verified && threshold.serious(r.lagPoints())));
    }
    lines.sort(
        Comparator.comparing(TaskExecutionReport.ProjectLine::reference)
            .thenComparing(TaskExecutionReport.ProjectLine::projectId));
    return new TaskExecutionReport(
        quarter,
        round.reviewDate(),
        round.deadline(),
        threshold.warningPoints(),
        threshold.seriousPoints(),
        overall(lines),
        List.copyOf(lines));
  }

  /** The figures of the lines. */
  static TaskExecutionReport.Overall overall(List<TaskExecutionReport.ProjectLine> lines) {
    List<TaskExecutionReport.ProjectLine> verified =
        lines.stream().filter(TaskExecutionReport.ProjectLine::verified).toList();
    BigDecimal average =
        verified.isEmpty()
            ? null
            : verified.stream()
                .map(TaskExecutionReport.ProjectLine::lagPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(verified.size()), 2, RoundingMode.HALF_UP);
    return new TaskExecutionReport.Overall(
        lines.size(),
        verified.size(),
        average,
        (int) verified.stream().filter(TaskExecutionReport.ProjectLine::warningDue).count(),
        (int) verified.stream().filter(TaskExecutionReport.ProjectLine::serious).count(),
        (int) lines.stream().filter(TaskExecutionReport.ProjectLine::reportLate).count());
  }
}
