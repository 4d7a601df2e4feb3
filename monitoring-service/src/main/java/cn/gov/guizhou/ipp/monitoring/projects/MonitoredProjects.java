package cn.gov.guizhou.ipp.monitoring.projects;

import cn.gov.guizhou.ipp.contracts.EventJson;
import cn.gov.guizhou.ipp.contracts.applicant.ApplicationSubmittedV1;
import cn.gov.guizhou.ipp.contracts.applicant.BudgetLine;
import cn.gov.guizhou.ipp.contracts.applicant.CreditCheckCompletedV1;
import cn.gov.guizhou.ipp.contracts.applicant.ImplementationPlan;
import cn.gov.guizhou.ipp.contracts.programme.CallPublishedV1;
import cn.gov.guizhou.ipp.contracts.review.AcceptanceConcludedV1;
import cn.gov.guizhou.ipp.contracts.review.AwardDecidedV1;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The monitored projects: every awarded project of a monitored track (all but the securitisation
 * subsidy, as the catalogue says), with its plan from the application.
 */
@Service
public class MonitoredProjects {

  /** The track the catalogue never monitors when it does not say. */
  static final String SECURITISATION = "DATA-IP-SECURITISATION";

  private static final Logger log = LoggerFactory.getLogger(MonitoredProjects.class);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher changes;
  private final JsonMapper json = EventJson.mapper();

  public MonitoredProjects(JdbcClient jdbc, ApplicationEventPublisher changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  /**
   * Something that may change a project's colour happened; listeners recompute it in the same
   * transaction.
   *
   * @param projectId the project
   */
  public record Changed(UUID projectId) {}

  /** Keeps which tracks of the call are monitored. */
  public void onCallPublished(CallPublishedV1 published) {
    for (CallPublishedV1.TrackSummary t : published.tracks()) {
      jdbc.sql(
              """
              insert into monitored_track (call_year, track_code, monitored)
              values (:year, :code, :monitored)
              on conflict (call_year, track_code) do update set monitored = excluded.monitored
              """)
          .param("year", published.year())
          .param("code", t.code())
          .param("monitored", t.monitored())
          .update();
    }
  }

  /** Keeps the plan and budget of the newest submission of an application. */
  public void onSubmitted(ApplicationSubmittedV1 submitted) {
    jdbc.sql(
            """
            insert into submitted_plan (application_id, implementation_start, implementation_end,
                                        plan, budget, submitted_at)
            values (:id, :start, :end, cast(:plan as jsonb), cast(:budget as jsonb), :at)
            on conflict (application_id) do update
              set implementation_start = excluded.implementation_start,
                  implementation_end = excluded.implementation_end, plan = excluded.plan,
                  budget = excluded.budget, submitted_at = excluded.submitted_at
              where submitted_plan.submitted_at < excluded.submitted_at
            """)
        .param("id", submitted.applicationId())
        .param("start", submitted.implementationStart())
        .param("end", submitted.implementationEnd())
        .param(
            "plan",
            json.writeValueAsString(
                submitted.plan() == null
                    ? new ImplementationPlan(null, null, null, null)
                    : submitted.plan()))
        .param(
            "budget",
            json.writeValueAsString(submitted.budget() == null ? List.of() : submitted.budget()))
        .param("at", submitted.submittedAt())
        .update();
  }

  /** An award of a monitored track starts the project's monitoring, once. */
  public void onAward(AwardDecidedV1 award) {
    if (!award.awarded() || !monitored(award.callYear(), award.trackCode())) {
      return;
    }
    int created =
        jdbc.sql(
                """
                insert into monitored_project (project_id, reference, call_year, track_code,
                                               organisation_id, credit_code, awarded_amount,
                                               status, colour_rules, started_at)
                values (:id, :reference, :year, :track, :organisation, :code, :amount, 'ACTIVE',
                        '', :at)
                on conflict (project_id) do nothing
                """)
            .param("id", award.applicationId())
            .param("reference", award.reference())
            .param("year", award.callYear())
            .param("track", award.trackCode())
            .param("organisation", award.leadOrganisationId())
            .param("code", award.leadCreditCode())
            .param("amount", award.amount())
            .param("at", award.decidedAt())
            .update();
    if (created > 0) {
      log.info("Monitoring {} ({})", award.reference(), award.trackCode());
    }
  }

  /** A concluded acceptance (passed, or failed finally) ends the project's monitoring. */
  public void onAcceptance(AcceptanceConcludedV1 acceptance) {
    if ("PASSED".equals(acceptance.outcome()) || "FAILED_FINALLY".equals(acceptance.outcome())) {
      jdbc.sql("update monitored_project set status = 'CLOSED' where project_id = :id")
          .param("id", acceptance.applicationId())
          .update();
    }
  }

  /** A credit check of a funded unit: a record found turns its projects red until a clear one. */
  public void onCreditCheck(CreditCheckCompletedV1 check) {
    if ("UNAVAILABLE".equals(check.outcome())) {
      return;
    }
    List<UUID> projects =
        jdbc.sql(
                """
                update monitored_project set credit_record = :found
                where organisation_id = :organisation and status = 'ACTIVE'
                  and credit_record <> :found
                returning project_id
                """)
            .param("found", "RECORDS_FOUND".equals(check.outcome()))
            .param("organisation", check.organisationId())
            .query(UUID.class)
            .list();
    projects.forEach(p -> changes.publishEvent(new Changed(p)));
  }

  private boolean monitored(int year, String track) {
    return jdbc.sql(
            "select monitored from monitored_track where call_year = :year and track_code = :track")
        .param("year", year)
        .param("track", track)
        .query(Boolean.class)
        .optional()
        .orElse(!SECURITISATION.equals(track));
  }

  /** One project. */
  public MonitoredProject get(UUID projectId) {
    return find(projectId).orElseThrow(() -> new NotFoundException("monitored-project", projectId));
  }

  public Optional<MonitoredProject> find(UUID projectId) {
    return jdbc.sql(SELECT + " where p.project_id = :id")
        .param("id", projectId)
        .query(this::map)
        .optional();
  }

  /** Active projects, optionally only those assigned to one firm, by reference. */
  public List<MonitoredProject> list(String firmClientId, String status) {
    return jdbc.sql(
            SELECT
                + " where (cast(:firm as text) is null or a.firm_client_id = :firm)"
                + " and (cast(:status as text) is null or p.status = :status)"
                + " order by p.call_year, p.track_code, p.reference")
        .param("firm", firmClientId)
        .param("status", status)
        .query(this::map)
        .list();
  }

  /**
   * One page of the projects, optionally only those assigned to one firm or of one status, newest
   * first (the project id as the tiebreak), with their number.
   */
  public Page<MonitoredProject> page(String firmClientId, String status, PageQuery page) {
    String where =
        " where (cast(:firm as text) is null or a.firm_client_id = :firm)"
            + " and (cast(:status as text) is null or p.status = :status)";
    List<MonitoredProject> rows =
        page.bind(
                jdbc.sql(
                        SELECT
                            + where
                            + " order by p.started_at desc, p.project_id desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("firm", firmClientId)
                    .param("status", status))
            .query(this::map)
            .list();
    long total =
        jdbc.sql(
                "select count(*) from monitored_project p"
                    + " left join monitoring_assignment a on a.project_id = p.project_id"
                    + where)
            .param("firm", firmClientId)
            .param("status", status)
            .query(Long.class)
            .single();
    return new Page<>(rows, total);
  }

  /** The ids of the active projects. */
  public List<UUID> activeIds() {
    return jdbc.sql("select project_id from monitored_project where status = 'ACTIVE'")
        .query(UUID.class)
        .list();
  }

  /** The approved budget of a project, from its application. */
  public List<BudgetLine> budgetOf(UUID projectId) {
    return jdbc.sql("select budget::text from submitted_plan where application_id = :id")
        .param("id", projectId)
        .query(String.class)
        .optional()
        .map(text -> json.readValue(text, new TypeReference<List<BudgetLine>>() {}))
        .orElse(List.of());
  }

  private static final String SELECT =
      """
      select p.project_id, p.reference, p.call_year, p.track_code, p.organisation_id,
             p.credit_code, p.awarded_amount, p.status, a.firm_client_id, p.colour,
             p.colour_reasons::text as reasons, p.colour_rules, s.implementation_start,
             s.implementation_end, s.plan::text as plan, p.started_at
      from monitored_project p
      left join monitoring_assignment a on a.project_id = p.project_id
      left join submitted_plan s on s.application_id = p.project_id
      """;

  private MonitoredProject map(ResultSet rs, int row) throws SQLException {
    String plan = rs.getString("plan");
    return new MonitoredProject(
        rs.getObject("project_id", UUID.class),
        rs.getString("reference"),
        rs.getInt("call_year"),
        rs.getString("track_code"),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("credit_code"),
        rs.getBigDecimal("awarded_amount"),
        rs.getString("status"),
        rs.getString("firm_client_id"),
        rs.getString("colour"),
        json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {}),
        rs.getString("colour_rules"),
        rs.getObject("implementation_start", LocalDate.class),
        rs.getObject("implementation_end", LocalDate.class),
        plan == null ? null : json.readValue(plan, ImplementationPlan.class),
        rs.getObject("started_at", OffsetDateTime.class));
  }
}
