package cn.gov.guizhou.ipp.monitoring.evaluation;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.security.Roles;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.projects.ProjectAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records projects' performance evaluations (the contracted firm or a programme officer scores a
 * project on its track's indicator system for a year; a new evaluation of the same year replaces
 * the earlier one) and reads them back for the year's report.
 */
@Service
public class Evaluations {

  static final String OBJECT_TYPE = "performance-evaluation";

  private final JdbcClient jdbc;
  private final MonitoredProjects projects;
  private final ProjectAccess access;
  private final PerformanceIndicators indicators;
  private final AuditTrail audit;
  private final Clock clock;
  private final JsonMapper json = EventJson.mapper();

  public Evaluations(
      JdbcClient jdbc,
      MonitoredProjects projects,
      ProjectAccess access,
      PerformanceIndicators indicators,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.access = access;
    this.indicators = indicators;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Scores a project for a year.
   *
   * @throws NotFoundException when the caller is neither a programme officer nor the firm
   *     contracted for the project, or the project does not exist
   * @throws InvalidFieldException listing every score that breaks the rules
   */
  @Transactional
  public Evaluation record(
      UUID projectId,
      int year,
      Map<String, Scoring.IndicatorScore> scores,
      String recommendation,
      CurrentUser evaluator) {
    if (!evaluator.hasRole(Roles.PROGRAMME_OFFICER)) {
      access.requireFirm(projectId, evaluator, "evaluation.record");
    }
    MonitoredProject project = projects.get(projectId);
    if (year < project.callYear() || year > project.callYear() + 10) {
      throw new InvalidFieldException(
          "year", "must be between the call's year " + project.callYear() + " and ten years on");
    }
    IndicatorSystem system = indicators.forTrack(project.trackCode());
    Scoring.Result result = Scoring.score(system, scores);
    if (!result.valid()) {
      throw new InvalidFieldException(
          result.violations().stream()
              .map(v -> new FieldViolation(v.field(), v.message()))
              .toList());
    }
    jdbc.sql(
            """
            insert into performance_evaluation (project_id, year, indicator_system, scores, total,
                                                grade, recommendation, evaluated_by, evaluated_at)
            values (:project, :year, :system, cast(:scores as jsonb), :total, :grade,
                    :recommendation, :by, :at)
            on conflict (project_id, year) do update
              set indicator_system = excluded.indicator_system, scores = excluded.scores,
                  total = excluded.total, grade = excluded.grade,
                  recommendation = excluded.recommendation, evaluated_by = excluded.evaluated_by,
                  evaluated_at = excluded.evaluated_at
            """)
        .param("project", projectId)
        .param("year", year)
        .param("system", system.version())
        .param("scores", json.writeValueAsString(result.scores()))
        .param("total", result.total())
        .param("grade", result.grade().name())
        .param("recommendation", recommendation)
        .param("by", evaluator.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("EVALUATE", OBJECT_TYPE, projectId + "/" + year);
    return find(projectId, year).orElseThrow();
  }

  /** A project's evaluation of a year, for the bureau, its firm or its unit's members. */
  @Transactional(readOnly = true)
  public Optional<Evaluation> find(UUID projectId, int year) {
    return jdbc.sql(SELECT + " where e.project_id = :project and e.year = :year")
        .param("project", projectId)
        .param("year", year)
        .query(this::map)
        .optional();
  }

  /** The year's evaluations, optionally only of one firm's projects, by reference. */
  @Transactional(readOnly = true)
  public List<Evaluation> ofYear(int year, String firmClientId) {
    return jdbc.sql(
            SELECT
                + " where e.year = :year"
                + " and (cast(:firm as text) is null or exists (select 1 from monitoring_assignment"
                + " a where a.project_id = e.project_id and a.firm_client_id = :firm))"
                + " order by p.reference")
        .param("year", year)
        .param("firm", firmClientId)
        .query(this::map)
        .list();
  }

  /** The year's report. */
  @Transactional(readOnly = true)
  public EvaluationReport report(int year, String firmClientId) {
    return EvaluationReport.of(year, ofYear(year, firmClientId));
  }

  private static final String SELECT =
      """
      select e.project_id, p.reference, p.track_code, e.year, e.indicator_system,
             e.scores::text as scores, e.total, e.grade, e.recommendation, e.evaluated_by,
             e.evaluated_at
      from performance_evaluation e
      join monitored_project p on p.project_id = e.project_id
      """;

  private Evaluation map(ResultSet rs, int row) throws SQLException {
    Grade grade = Grade.valueOf(rs.getString("grade"));
    String track = rs.getString("track_code");
    Map<String, Scoring.ScoredIndicator> scores =
        json.readValue(
            rs.getString("scores"),
            new TypeReference<LinkedHashMap<String, Scoring.ScoredIndicator>>() {});
    return new Evaluation(
        rs.getObject("project_id", UUID.class),
        rs.getString("reference"),
        track,
        indicators.categoryOf(track),
        rs.getInt("year"),
        rs.getString("indicator_system"),
        scores,
        rs.getBigDecimal("total"),
        grade,
        grade.zh(),
        rs.getString("recommendation"),
        rs.getString("evaluated_by"),
        rs.getObject("evaluated_at", OffsetDateTime.class));
  }
}
