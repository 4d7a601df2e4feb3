package cn.gov.guizhou.ipp.monitoring.tracking;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.ConflictException;
import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.monitoring.ledger.LedgerEntry;
import cn.gov.guizhou.ipp.monitoring.ledger.ProgressLedger;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProject;
import cn.gov.guizhou.ipp.monitoring.projects.MonitoredProjects;
import cn.gov.guizhou.ipp.monitoring.rules.Completion;
import cn.gov.guizhou.ipp.monitoring.rules.DeviationRule;
import cn.gov.guizhou.ipp.monitoring.rules.Quarters;
import cn.gov.guizhou.ipp.monitoring.warnings.Warnings;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Opens quarterly rounds, takes the units' reports and the firms' verifications. */
@Service
public class TrackingRounds {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private final JdbcClient jdbc;
  private final MonitoredProjects projects;
  private final ProgressLedger ledger;
  private final Warnings warnings;
  private final AuditTrail audit;
  private final Clock clock;
  private final DeviationRule deviationRule;
  private final JsonMapper json = EventJson.mapper();

  public TrackingRounds(
      JdbcClient jdbc,
      MonitoredProjects projects,
      ProgressLedger ledger,
      Warnings warnings,
      AuditTrail audit,
      Clock clock,
      DeviationRule deviationRule) {
    this.jdbc = jdbc;
    this.deviationRule = deviationRule;
    this.projects = projects;
    this.ledger = ledger;
    this.warnings = warnings;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Opens a quarter's round for every active project whose implementation has started by the review
   * date.
   *
   * @return how many projects it opened for
   * @throws ConflictException ROUND_OPEN when the quarter's round exists
   */
  @Transactional
  public int open(String quarter, LocalDate reviewDate, LocalDate deadline, CurrentUser officer) {
    if (deadline.isBefore(reviewDate)) {
      throw new InvalidFieldException("reportDeadline", "must not be before the review date");
    }
    int inserted =
        jdbc.sql(
                """
                insert into tracking_round (quarter, review_date, report_deadline, opened_by,
                                            opened_at)
                values (:quarter, :review, :deadline, :by, :at)
                on conflict do nothing
                """)
            .param("quarter", quarter)
            .param("review", reviewDate)
            .param("deadline", deadline)
            .param("by", officer.subject())
            .param("at", OffsetDateTime.now(clock))
            .update();
    if (inserted == 0) {
      throw new ConflictException(
          "ROUND_OPEN",
          "the round of "
              + quarter
              + " is already open, or another round has the same review date");
    }
    int opened =
        jdbc.sql(
                """
                insert into round_report (project_id, quarter)
                select p.project_id, :quarter
                  from monitored_project p
                  left join submitted_plan s on s.application_id = p.project_id
                 where p.status = 'ACTIVE'
                   and (s.implementation_start is null or s.implementation_start <= :quarterEnd)
                """)
            .param("quarter", quarter)
            .param("quarterEnd", Quarters.endOf(quarter))
            .update();
    audit.recordChange("OPEN_ROUND", "tracking-round", quarter);
    return opened;
  }

  /**
   * The unit reports its progress per task, with evidence; a report after the deadline is kept and
   * flagged late. The unit may correct its report until the firm has verified it.
   */
  @Transactional
  public RoundReport report(
      MonitoredProject project,
      String quarter,
      Map<String, BigDecimal> tasks,
      String note,
      List<String> evidence,
      CurrentUser member) {
    RoundReport current = lock(project.projectId(), quarter);
    if (current.verifiedAt() != null) {
      throw new ConflictException(
          "ALREADY_VERIFIED",
          "the firm has verified this quarter; the report can no longer change");
    }
    validate(project, tasks);
    OffsetDateTime now = OffsetDateTime.now(clock);
    boolean late = now.atZoneSameInstant(BEIJING).toLocalDate().isAfter(current.reportDeadline());
    jdbc.sql(
            """
            update round_report set unit_tasks = cast(:tasks as jsonb), unit_note = :note,
                   unit_evidence = cast(:evidence as jsonb), unit_reported_by = :by,
                   unit_reported_at = :at, late = :late
            where project_id = :project and quarter = :quarter
            """)
        .param("project", project.projectId())
        .param("quarter", quarter)
        .param("tasks", json.writeValueAsString(tasks))
        .param("note", note)
        .param("evidence", json.writeValueAsString(evidence))
        .param("by", member.subject())
        .param("at", now)
        .param("late", late)
        .update();
    audit.recordChange("REPORT_PROGRESS", "monitored-project", project.projectId());
    return get(project.projectId(), quarter);
  }

  /**
   * The firm records the progress it verified and how; the weighted completion against the plan
   * becomes the project's ledger line for the round, which may issue or close warning notices. The
   * task deviations the firm found are kept with it; serious ones ({@link DeviationRule}) recommend
   * disposal to the bureau.
   */
  @Transactional
  public RoundReport verify(
      MonitoredProject project,
      String quarter,
      Map<String, BigDecimal> tasks,
      String method,
      String note,
      List<DeviationRule.Deviation> deviations,
      CurrentUser firm) {
    List<DeviationRule.Deviation> found = deviations == null ? List.of() : deviations;
    RoundReport current = lock(project.projectId(), quarter);
    if (current.verifiedAt() != null) {
      throw new ConflictException("ALREADY_VERIFIED", "this quarter is already verified");
    }
    validate(project, tasks);
    validateDeviations(project, found);
    ImplementationPlan plan = project.plan();
    BigDecimal actual = Completion.weighted(weights(plan), tasks);
    BigDecimal planned =
        Completion.plannedAt(
            plan.quarterlyTargets().stream()
                .map(t -> new Completion.Target(t.quarter(), t.plannedCumulativePercent()))
                .toList(),
            quarter);
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql(
            """
            update round_report set verified_tasks = cast(:tasks as jsonb),
                   verification_method = :method, verification_note = :note, verified_by = :by,
                   verified_at = :at, deviations = cast(:deviations as jsonb),
                   late = late or (unit_reported_at is null)
            where project_id = :project and quarter = :quarter
            """)
        .param("project", project.projectId())
        .param("quarter", quarter)
        .param("tasks", json.writeValueAsString(tasks))
        .param("deviations", json.writeValueAsString(found))
        .param("method", method)
        .param("note", note)
        .param("by", firm.subject())
        .param("at", now)
        .update();
    LedgerEntry entry =
        new LedgerEntry(
            project.projectId(),
            current.reviewDate(),
            quarter,
            planned,
            actual,
            firm.subject(),
            now);
    ledger.append(entry);
    warnings.afterReview(entry);
    Map<String, BigDecimal> taskWeights = new java.util.HashMap<>();
    plan.tasks().forEach(t -> taskWeights.put(t.code(), t.weightPercent()));
    deviationRule
        .serious(found, taskWeights)
        .ifPresent(
            reason -> warnings.recommendDisposal(project.projectId(), quarter + " " + reason));
    audit.recordChange("VERIFY_PROGRESS", "monitored-project", project.projectId());
    return get(project.projectId(), quarter);
  }

  /** A project's report in a round. */
  @Transactional(readOnly = true)
  public RoundReport get(UUID project, String quarter) {
    return find(project, quarter, false)
        .orElseThrow(() -> new NotFoundException("round-report", project + "/" + quarter));
  }

  /** Every report of a round, by project reference. */
  @Transactional(readOnly = true)
  public List<RoundReport> ofRound(String quarter, String firmClientId) {
    return jdbc.sql(
            SELECT
                + " where r.quarter = :quarter"
                + " and (cast(:firm as text) is null or exists (select 1 from monitoring_assignment a"
                + " where a.project_id = r.project_id and a.firm_client_id = :firm))"
                + " order by p.reference")
        .param("quarter", quarter)
        .param("firm", firmClientId)
        .query(this::map)
        .list();
  }

  private RoundReport lock(UUID project, String quarter) {
    return find(project, quarter, true)
        .orElseThrow(
            () ->
                new ConflictException(
                    "NO_ROUND", "no tracking round of " + quarter + " is open for this project"));
  }

  private void validate(MonitoredProject project, Map<String, BigDecimal> tasks) {
    if (project.plan() == null || project.plan().tasks().isEmpty()) {
      throw new ConflictException(
          "PLAN_UNKNOWN", "the project's plan (tasks and weights) is not known to monitoring");
    }
    try {
      Completion.weighted(weights(project.plan()), tasks);
    } catch (IllegalArgumentException e) {
      throw InvalidFieldException.from(e);
    }
    for (ImplementationPlan.Task t : project.plan().tasks()) {
      if (!tasks.containsKey(t.code())) {
        throw new InvalidFieldException("tasks." + t.code(), "is required: every task is reported");
      }
    }
  }

  private static void validateDeviations(
      MonitoredProject project, List<DeviationRule.Deviation> deviations) {
    java.util.Set<String> codes = new java.util.HashSet<>();
    project.plan().tasks().forEach(t -> codes.add(t.code()));
    List<FieldViolation> violations = new java.util.ArrayList<>();
    for (int i = 0; i < deviations.size(); i++) {
      DeviationRule.Deviation d = deviations.get(i);
      String at = "deviations[" + i + "]";
      if (d == null) {
        violations.add(new FieldViolation(at, "is required"));
        continue;
      }
      if (d.taskCode() == null || !codes.contains(d.taskCode())) {
        violations.add(new FieldViolation(at + ".taskCode", "is not a task of the project's plan"));
      }
      if (d.kind() == null) {
        violations.add(new FieldViolation(at + ".kind", "must be CONTENT or MILESTONE_MISSED"));
      }
      if (d.description() == null || d.description().isBlank() || d.description().length() > 2000) {
        violations.add(
            new FieldViolation(at + ".description", "is required, at most 2000 characters"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidFieldException(violations);
    }
  }

  private static List<Completion.TaskWeight> weights(ImplementationPlan plan) {
    return plan.tasks().stream()
        .map(t -> new Completion.TaskWeight(t.code(), t.weightPercent()))
        .toList();
  }

  private Optional<RoundReport> find(UUID project, String quarter, boolean forUpdate) {
    return jdbc.sql(
            SELECT
                + " where r.project_id = :project and r.quarter = :quarter"
                + (forUpdate ? " for update of r" : ""))
        .param("project", project)
        .param("quarter", quarter)
        .query(this::map)
        .optional();
  }

  private static final String SELECT =
      """
      select r.project_id, p.reference, r.quarter, t.review_date, t.report_deadline,
             r.unit_tasks::text as unit_tasks, r.unit_note, r.unit_evidence::text as evidence,
             r.unit_reported_at, r.late, r.verified_tasks::text as verified_tasks,
             r.verification_method, r.verification_note, r.verified_at,
             l.planned_completion, l.actual_completion, l.lag_points,
             r.deviations::text as deviations
      from round_report r
      join tracking_round t on t.quarter = r.quarter
      join monitored_project p on p.project_id = r.project_id
      left join progress_ledger_entry l
        on l.project_id = r.project_id and l.quarter = r.quarter
      """;

  private RoundReport map(ResultSet rs, int row) throws SQLException {
    LocalDate deadline = rs.getObject("report_deadline", LocalDate.class);
    OffsetDateTime reportedAt = rs.getObject("unit_reported_at", OffsetDateTime.class);
    boolean missing =
        reportedAt == null && LocalDate.now(clock.withZone(BEIJING)).isAfter(deadline);
    return new RoundReport(
        rs.getObject("project_id", UUID.class),
        rs.getString("reference"),
        rs.getString("quarter"),
        rs.getObject("review_date", LocalDate.class),
        deadline,
        percents(rs.getString("unit_tasks")),
        rs.getString("unit_note"),
        rs.getString("evidence") == null
            ? List.of()
            : json.readValue(rs.getString("evidence"), new TypeReference<List<String>>() {}),
        reportedAt,
        rs.getBoolean("late") || missing,
        percents(rs.getString("verified_tasks")),
        rs.getString("verification_method"),
        rs.getString("verification_note"),
        rs.getObject("verified_at", OffsetDateTime.class),
        rs.getBigDecimal("planned_completion"),
        rs.getBigDecimal("actual_completion"),
        rs.getBigDecimal("lag_points"),
        json.readValue(
            rs.getString("deviations"), new TypeReference<List<DeviationRule.Deviation>>() {}));
  }

  private Map<String, BigDecimal> percents(String text) {
    return text == null
        ? null
        : json.readValue(text, new TypeReference<Map<String, BigDecimal>>() {});
  }
}
